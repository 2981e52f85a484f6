using Microsoft.Extensions.Logging;

namespace ReportBot.Telegram;

/// <summary>The bot's recurring log events.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Connected to the Bot API as @{Username} ({BotId}); polling with a {Timeout}s timeout.")]
    public static partial void Connected(ILogger logger, string? username, long botId, int timeout);

    [LoggerMessage(2, LogLevel.Warning, "Polling failed ({Error}); retrying in {Delay}.")]
    public static partial void PollFailed(ILogger logger, string error, TimeSpan delay);

    [LoggerMessage(3, LogLevel.Information, "Polling works again after {Failures} failed attempts.")]
    public static partial void PollRecovered(ILogger logger, int failures);

    [LoggerMessage(4, LogLevel.Warning, "Delivery to chat {Channel} failed ({Error}); retrying in {Delay}.")]
    public static partial void SendRetry(ILogger logger, string channel, string error, TimeSpan delay);

    [LoggerMessage(5, LogLevel.Information, "Delivered to chat {Channel} after {Attempts} attempts.")]
    public static partial void SendRecovered(ILogger logger, string channel, int attempts);

    [LoggerMessage(6, LogLevel.Error, "Delivery to chat {Channel} refused for good: {Error}.")]
    public static partial void SendRefused(ILogger logger, string channel, string error);

    [LoggerMessage(7, LogLevel.Error, "Update {UpdateId} could not be applied (attempt {Attempt} of {MaxAttempts}): {Error}.")]
    public static partial void TurnFailed(ILogger logger, long updateId, int attempt, int maxAttempts, string error);

    [LoggerMessage(9, LogLevel.Error, "Update {UpdateId} marked failed after {Attempts} attempts (kept in the inbox for inspection); the user was told and the conversation goes on.")]
    public static partial void DeadLettered(ILogger logger, long updateId, int attempts);

    [LoggerMessage(10, LogLevel.Critical, "Stopping with exit code {ExitCode}: {Cause}")]
    public static partial void Fatal(ILogger logger, int exitCode, string cause);

    [LoggerMessage(11, LogLevel.Error, "{Stage} worker for {Key} failed: {Error}")]
    public static partial void WorkerFailed(ILogger logger, string stage, string key, string error);

    [LoggerMessage(12, LogLevel.Warning, "Update ids restarted: accepted {Count} update(s) from id {Lowest}, below the last confirmed offset {Offset} (a new Bot API server, or Telegram's ids after a week without updates).")]
    public static partial void IdsRestarted(ILogger logger, int count, long lowest, long offset);

    [LoggerMessage(13, LogLevel.Warning, "Access is open: Access:AllowedUserIds and Access:AdminUserIds are empty, so anyone on Telegram can use this bot.")]
    public static partial void AccessOpen(ILogger logger);

    [LoggerMessage(14, LogLevel.Information, "Update {UpdateId}: user {UserId} is not admitted; refused.")]
    public static partial void Refused(ILogger logger, long updateId, long userId);

    [LoggerMessage(15, LogLevel.Information, "User {UserId} is over the rate limit; messages are not applied until {Until:O} (told once).")]
    public static partial void RateLimited(ILogger logger, long userId, DateTimeOffset until);

    [LoggerMessage(16, LogLevel.Information, "Update {UpdateId}: {What} refused by a limit ({Limit}).")]
    public static partial void LimitHit(ILogger logger, long updateId, string what, string limit);

    [LoggerMessage(17, LogLevel.Information, "Pruned {Inbox} inbox, {Outbox} outbox, {Documents} document and {Invites} invite rows older than {Before:O}.")]
    public static partial void Pruned(ILogger logger, int inbox, int outbox, int documents, int invites, DateTimeOffset before);

    [LoggerMessage(18, LogLevel.Information, "Access: user {UserId} {What} by {AdminId}.")]
    public static partial void AccessChanged(ILogger logger, long userId, string what, long adminId);

    [LoggerMessage(19, LogLevel.Warning, "Outbox item {OutboxId} refers to document {DocumentId}, which is gone; not sent.")]
    public static partial void DocumentGone(ILogger logger, long outboxId, long documentId);

    [LoggerMessage(8, LogLevel.Debug, "Update {UpdateId} was applied before; ignored.")]
    public static partial void Duplicate(ILogger logger, long updateId);

    [LoggerMessage(20, LogLevel.Error, "The idle check of {Key} failed (skipped until the next scan): {Error}")]
    public static partial void TickFailed(ILogger logger, string key, string error);

    [LoggerMessage(21, LogLevel.Information, "This process now runs idle scans and pruning for every process sharing the database.")]
    public static partial void BecameLeader(ILogger logger);

    [LoggerMessage(22, LogLevel.Warning, "Webhook request from {Remote} refused: {Reason} (401).")]
    public static partial void WebhookRefused(ILogger logger, string remote, string reason);

    [LoggerMessage(23, LogLevel.Information, "Webhook set: Telegram delivers updates to {Url} (listening on {Path}).")]
    public static partial void WebhookSet(ILogger logger, string url, string path);

    [LoggerMessage(24, LogLevel.Warning, "setWebhook failed ({Error}); retrying in {Delay}.")]
    public static partial void WebhookSetFailed(ILogger logger, string error, TimeSpan delay);

    [LoggerMessage(25, LogLevel.Warning, "Webhook request with an unreadable update refused (400): {Error}")]
    public static partial void WebhookUnreadable(ILogger logger, string error);
}
