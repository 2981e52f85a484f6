namespace ReportBot.FakeBotApi;

/// <summary>A fault the fake server injects instead of (or before) a normal answer.</summary>
public abstract record FakeFault
{
    private FakeFault()
    {
    }

    /// <summary>HTTP 429 with <c>parameters.retry_after</c>.</summary>
    public sealed record TooManyRequests(int RetryAfterSeconds) : FakeFault;

    /// <summary>HTTP 500 Internal Server Error.</summary>
    public sealed record ServerError : FakeFault;

    /// <summary>HTTP 400 with the given description (e.g. "Bad Request: chat not found").</summary>
    public sealed record BadRequest(string Description) : FakeFault;

    /// <summary>Aborts the connection without any response.</summary>
    public sealed record DropConnection : FakeFault;

    /// <summary>Waits, then answers normally.</summary>
    public sealed record Delay(TimeSpan Duration) : FakeFault;
}
