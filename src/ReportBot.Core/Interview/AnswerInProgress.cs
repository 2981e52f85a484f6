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

    /// <summary>
    /// Answers put back to the user before one is stored: an answer that looked unusual ("1" as a unit name), or
    /// the ways to write it ("按建议的写法" / "就这样写"). Empty when nothing waits.
    /// </summary>
    public ImmutableList<Candidate> Candidates { get; init; } = [];

    /// <summary>The question asked about the candidates.</summary>
    public string? Doubt { get; init; }

    /// <summary>The user cleared the current answer (清空重填): 完成 stores what is collected, even nothing.</summary>
    public bool Restart { get; init; }

    /// <summary>True while candidates wait for the user's choice (not stored: it follows from the candidates).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool Choosing => !Candidates.IsEmpty;

    /// <summary>The number of items or pairs received (not stored).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int Count => Items.Count + Pairs.Count;
}

/// <summary>One way to store the answer, with the button that picks it.</summary>
public sealed record Candidate(string Label, SlotAnswer Answer);
