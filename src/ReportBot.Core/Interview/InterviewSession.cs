using System.Collections.Immutable;
using ReportBot.Core.Answers;

namespace ReportBot.Core.Interview;

/// <summary>
/// Everything the engine knows about one conversation, as serialisable data. The engine holds no state between
/// turns: each turn takes a session and returns the next one.
/// </summary>
public sealed record InterviewSession
{
    /// <summary>The report type being written, or null before one is chosen.</summary>
    public string? TemplateId { get; init; }

    /// <summary>The version of the template the answers were given for.</summary>
    public int TemplateVersion { get; init; }

    /// <summary>Where the conversation stands.</summary>
    public Phase Phase { get; init; } = Phase.ChoosingTemplate;

    /// <summary>Index of the current question in the template's slot list.</summary>
    public int Position { get; init; }

    /// <summary>Answers by slot id.</summary>
    public ImmutableDictionary<string, SlotAnswer> Answers { get; init; } = ImmutableDictionary<string, SlotAnswer>.Empty;

    /// <summary>Positions asked before the current one, for /back.</summary>
    public ImmutableList<int> History { get; init; } = [];

    /// <summary>List items received so far for the current list question (closed by 完成).</summary>
    public ImmutableList<string> PendingItems { get; init; } = [];

    /// <summary>Name + count pairs received so far for the current pairs question.</summary>
    public ImmutableList<NamedCount> PendingPairs { get; init; } = [];

    /// <summary>For a defaults question: the mode chosen, while the user's own items are collected.</summary>
    public DefaultsMode? PendingMode { get; init; }

    /// <summary>Failed attempts at the current question.</summary>
    public int Failures { get; init; }

    /// <summary>The section being edited (/edit), or null.</summary>
    public string? EditSection { get; init; }

    /// <summary>Where to return after an edit or a declined cancel.</summary>
    public Phase ReturnPhase { get; init; } = Phase.Asking;

    /// <summary>The question to return to after editing a section mid-interview.</summary>
    public int ResumePosition { get; init; }

    /// <summary>True when the pending confirmation is for /new rather than /cancel.</summary>
    public bool NewAfterCancel { get; init; }

    /// <summary>Counts every change; buttons carry it, so a button from an older message is recognised as stale.</summary>
    public int Step { get; init; }

    /// <summary>Optimistic-concurrency version, set by the store.</summary>
    public long Version { get; init; }

    /// <summary>When the user last did something (for expiry and reminders).</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Reports kept from earlier interviews of this conversation, oldest first.</summary>
    public ImmutableList<FinishedReport> Reports { get; init; } = [];

    /// <summary>Index in <see cref="Reports"/> of this interview's report once its draft was generated, else null.</summary>
    public int? ReportIndex { get; init; }

    /// <summary>The answers of the previous report of the same type, offered with 沿用上次.</summary>
    public ImmutableDictionary<string, SlotAnswer> PreviousAnswers { get; init; } = ImmutableDictionary<string, SlotAnswer>.Empty;

    /// <summary>True after a template change: the interview visits only questions without an answer.</summary>
    public bool FillingGaps { get; init; }

    /// <summary>The user asked to be reminded when the interview sits idle (/remind).</summary>
    public bool RemindersAllowed { get; init; }

    /// <summary>When the last reminder was sent.</summary>
    public DateTimeOffset? RemindedAt { get; init; }

    /// <summary>True while an interview is under way (not choosing a template, not finished).</summary>
    public bool InProgress => TemplateId is not null && Phase is not (Phase.ChoosingTemplate or Phase.Finished);

    /// <summary>A session for a new interview that keeps what belongs to the conversation: history and settings.</summary>
    public InterviewSession Fresh() => new()
    {
        Step = Step + 1,
        Reports = Reports,
        RemindersAllowed = RemindersAllowed,
        UpdatedAt = UpdatedAt,
        Version = Version,
    };
}
