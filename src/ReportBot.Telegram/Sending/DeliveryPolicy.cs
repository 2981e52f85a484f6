using System.Net;
using Telegram.Bot.Exceptions;

namespace ReportBot.Telegram.Sending;

/// <summary>Whether a failed Bot API call is worth retrying, and how long to wait first.</summary>
public static class DeliveryPolicy
{
    /// <summary>The longest wait between retries (Telegram's own retry_after is honoured even when longer).</summary>
    public static TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The wait before the next attempt, or null when the failure is permanent: 429 waits retry_after; 5xx, timeouts
    /// and refused connections back off exponentially; other 4xx (a chat that blocked the bot, a bad request) are final.
    /// </summary>
    public static TimeSpan? RetryAfter(Exception error, int attempt) => error switch
    {
        ApiRequestException { ErrorCode: 429 } api => TimeSpan.FromSeconds(Math.Max(1, api.Parameters?.RetryAfter ?? 1)),
        ApiRequestException { ErrorCode: >= 500 } => Backoff(attempt),
        ApiRequestException => null,
        RequestException or HttpRequestException or TimeoutException or IOException or TaskCanceledException => Backoff(attempt),
        _ => null,
    };

    /// <summary>
    /// True when the Bot API refused the token: 401 on any call, or 404 to getMe/getUpdates (methods that always
    /// exist, so the token is unknown or the base URL is wrong). Retrying cannot help.
    /// </summary>
    public static bool IsUnauthorized(Exception error, string method) => error switch
    {
        ApiRequestException { ErrorCode: 401 } => true,
        ApiRequestException { ErrorCode: 404 } => method is "getMe" or "getUpdates",
        _ => false,
    };

    /// <summary>0.5 s, 1 s, 2 s … up to <see cref="MaxBackoff"/>.</summary>
    public static TimeSpan Backoff(int attempt)
    {
        var seconds = 0.5 * Math.Pow(2, Math.Clamp(attempt - 1, 0, 10));
        return TimeSpan.FromSeconds(Math.Min(seconds, MaxBackoff.TotalSeconds));
    }

    /// <summary>A short description for the log: never the request URL (it holds the token).</summary>
    public static string Describe(Exception error) => error switch
    {
        ApiRequestException api => $"Bot API error {api.ErrorCode}: {api.Message}",
        RequestException request => $"{request.Message} ({request.InnerException?.GetType().Name ?? (request.HttpStatusCode ?? HttpStatusCode.OK).ToString()})",
        _ => $"{error.GetType().Name}: {error.Message}",
    };
}
