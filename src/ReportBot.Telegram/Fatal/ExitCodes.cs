namespace ReportBot.Telegram.Fatal;

/// <summary>What the exit code of <c>reportbot serve</c> means (a supervisor restarts on anything but 0).</summary>
public static class ExitCodes
{
    /// <summary>Stopped on request (Ctrl+C, SIGTERM).</summary>
    public const int Stopped = 0;

    /// <summary>A setting is missing or wrong (token, Access, Limits, Retention…): fix the setting named in the log.</summary>
    public const int Settings = 1;

    /// <summary>The database cannot be used (unreadable, read-only, corrupted, full, locked for minutes): see the file named in the log.</summary>
    public const int Storage = 2;

    /// <summary>The Bot API refused the token (revoked or wrong): set a new Telegram__BotToken.</summary>
    public const int Unauthorized = 3;

    /// <summary>An unexpected internal error (a bug): the log line names it.</summary>
    public const int Internal = 70;
}
