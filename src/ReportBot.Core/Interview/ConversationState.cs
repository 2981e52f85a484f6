using System.Collections.Immutable;

namespace ReportBot.Core.Interview;

/// <summary>
/// Everything the engine keeps about one conversation, as serialisable data: the phase, the interview in progress
/// (or the finished one), the reports kept and the user's settings. The engine holds no state between turns: each
/// turn takes a state and returns the next one.
/// </summary>
public sealed record ConversationState
{
    /// <summary>Where the conversation stands; moved only by the machine in <see cref="Turn"/>.</summary>
    public Phase Phase { get; init; } = Phase.ChoosingTemplate;

    /// <summary>The interview in progress, or the finished one (phase <see cref="Phase.Finished"/>); null when choosing.</summary>
    public InterviewState? Interview { get; init; }

    /// <summary>Reports kept from earlier interviews of this conversation, oldest first.</summary>
    public ImmutableList<FinishedReport> Reports { get; init; } = [];

    /// <summary>The work log: short work messages filed under report slots as things happen (oldest first).</summary>
    public ImmutableList<LoggedEntry> Log { get; init; } = [];

    /// <summary>The unit (place and party body) last given: asked once, filled in for the next reports.</summary>
    public SlotAnswer? Unit { get; init; }

    /// <summary>The user asked to be reminded when the interview sits idle (/remind).</summary>
    public bool RemindersAllowed { get; init; }

    /// <summary>When the last reminder was sent.</summary>
    public DateTimeOffset? RemindedAt { get; init; }

    /// <summary>Counts every change; buttons carry it, so a button from an older message is recognised as stale.</summary>
    public int Step { get; init; }

    /// <summary>Optimistic-concurrency version, set by the store.</summary>
    public long Version { get; init; }

    /// <summary>When the user last did something (for expiry and reminders).</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>True while an interview is under way (not choosing a template, not finished).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool InProgress => Interview is not null
        && Phase is Phase.Asking or Phase.Reviewing or Phase.ConfirmingCancel or Phase.ConfirmingNew or Phase.PickingSection or Phase.EditingSection;

    /// <summary>The same conversation with no interview: reports and settings stay.</summary>
    public ConversationState WithoutInterview() => this with { Interview = null };
}
