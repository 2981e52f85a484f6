namespace ReportBot.Telegram;

/// <summary>
/// Named points in the pipeline where a fault test can kill the process. Inert unless the environment variable
/// <c>REPORTBOT_CRASHPOINTS</c> lists the point (comma-separated): then the process prints
/// <c>crashpoint:NAME</c> on standard output and waits, so the test can SIGKILL it exactly there.
/// </summary>
public static class CrashPoints
{
    /// <summary>Updates received from getUpdates, not yet in the inbox.</summary>
    public const string AfterReceive = "after-receive";

    /// <summary>A turn started (its attempt counted or not), nothing of it committed.</summary>
    public const string MidTurn = "mid-turn";

    /// <summary>A turn committed (session, outbox), replies not yet sent.</summary>
    public const string AfterCommit = "after-commit";

    /// <summary>A reply accepted by Telegram, not yet marked sent.</summary>
    public const string MidSend = "mid-send";

    private static readonly string[] Enabled =
        (Environment.GetEnvironmentVariable("REPORTBOT_CRASHPOINTS") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Announces the point and pauses when it is enabled; otherwise returns at once.</summary>
    public static async Task ReachedAsync(string name)
    {
        if (Enabled.Length == 0 || !Enabled.Contains(name))
        {
            return;
        }

        await Console.Out.WriteLineAsync("crashpoint:" + name);
        await Console.Out.FlushAsync();
        await Task.Delay(TimeSpan.FromSeconds(3));
    }
}
