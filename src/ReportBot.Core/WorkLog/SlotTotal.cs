using ReportBot.Core.Answers;

namespace ReportBot.Core.WorkLog;

/// <summary>
/// What the log of a period gives one slot, with the entries it came from: the pre-filled answer of a question.
/// Which property is set depends on the slot's kind, as in <see cref="LogEntry"/>.
/// </summary>
/// <param name="SlotId">The slot.</param>
/// <param name="Sources">The entries summed, oldest first, to show the user where the answer comes from.</param>
public sealed record SlotTotal(string SlotId, IReadOnlyList<LogEntry> Sources)
{
    /// <summary>The sum of the counts (count and approx slots).</summary>
    public long? Count { get; init; }

    /// <summary>The least exact qualifier among the counts: one "二十余场" makes the total approximate.</summary>
    public CountQualifier Qualifier { get; init; }

    /// <summary>Pairs: each name once, with its counts summed, in the order first logged.</summary>
    public IReadOnlyList<NamedCount> Pairs { get; init; } = [];

    /// <summary>List items, each once, in the order first logged.</summary>
    public IReadOnlyList<string> Items { get; init; } = [];

    /// <summary>A value (percentage, a number read from a phrase): the latest logged.</summary>
    public decimal? Value { get; init; }

    /// <summary>A text value: the latest logged.</summary>
    public string? Text { get; init; }

    /// <summary>True when the log holds different values or texts for the slot: the user should pick.</summary>
    public bool Conflicting { get; init; }
}
