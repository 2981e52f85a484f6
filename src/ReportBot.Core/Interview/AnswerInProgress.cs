using System.Collections.Immutable;
using ReportBot.Core.Answers;

namespace ReportBot.Core.Interview;

/// <summary>
/// An answer still being put together for the current question: list items or pairs arriving over several
/// messages, the mode chosen for a defaults question, or an answer that waits for the user's 确认. Cleared as a whole
/// (<see cref="InterviewState.Collecting"/> = null) when the question is left.
/// </summary>
public sealed record AnswerInProgress
{
    /// <summary>List or free items received so far (for a revisited question: starting from the current answer).</summary>
    public ImmutableList<string> Items { get; init; } = [];

    /// <summary>Name + count pairs received so far.</summary>
    public ImmutableList<NamedCount> Pairs { get; init; } = [];

    /// <summary>For a defaults question: the mode chosen, while the user's own items are collected.</summary>
    public DefaultsMode? Mode { get; init; }

    /// <summary>An answer that looked unusual, waiting for 确认 (or another answer).</summary>
    public SlotAnswer? Unconfirmed { get; init; }

    /// <summary>Why <see cref="Unconfirmed"/> looked unusual: the question put to the user.</summary>
    public string? Doubt { get; init; }

    /// <summary>The user cleared the current answer (清空重填): 完成 stores what is collected, even nothing.</summary>
    public bool Restart { get; init; }

    /// <summary>The number of items or pairs received.</summary>
    public int Count => Items.Count + Pairs.Count;
}
