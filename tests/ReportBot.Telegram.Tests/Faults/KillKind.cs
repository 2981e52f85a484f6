namespace ReportBot.Telegram.Tests.Faults;

/// <summary>Where in a step the bot process is killed.</summary>
public enum KillKind
{
    /// <summary>At crashpoint:after-receive (updates fetched, not in the inbox).</summary>
    AfterReceive,

    /// <summary>At crashpoint:after-commit (turn committed, replies not sent).</summary>
    AfterCommit,

    /// <summary>At crashpoint:mid-send (a reply accepted by Telegram, not marked sent).</summary>
    MidSend,

    /// <summary>After a random delay from the user's message.</summary>
    Random,
}
