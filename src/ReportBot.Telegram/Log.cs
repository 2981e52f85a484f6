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

    [LoggerMessage(7, LogLevel.Error, "Update {UpdateId} could not be applied: {Error}.")]
    public static partial void TurnFailed(ILogger logger, long updateId, string error);

    [LoggerMessage(8, LogLevel.Debug, "Update {UpdateId} was applied before; ignored.")]
    public static partial void Duplicate(ILogger logger, long updateId);
}
