using ReportBot.Core.Answers;

namespace ReportBot.Core.WorkLog;

/// <summary>An entry while a sentence is being read: a <see cref="LogEntry"/> without date and source yet.</summary>
/// <param name="SlotId">The slot.</param>
/// <param name="At">Where in the message it was found, to keep the message's order.</param>
internal sealed record Filing(string SlotId, int At)
{
    public long? Count { get; init; }

    public CountQualifier Qualifier { get; init; }

    public string? Name { get; init; }

    public string? Item { get; init; }

    public decimal? Value { get; init; }

    public string? Text { get; init; }

    public string? Doubt { get; init; }

    public IReadOnlyList<string> Alternatives { get; init; } = [];

    /// <summary>True when a number was written; false for the 1 of an event mentioned without one.</summary>
    public bool Explicit { get; init; }

    /// <summary>Where the name of a list item starts in the message: one name is one activity, filed under one list.</summary>
    public int? NameAt { get; init; }

    /// <summary>A list or pair without its name: dropped when the clause says something else (宣传报道 of an event).</summary>
    public bool Nameless { get; init; }

    public LogEntry ToEntry(DateOnly date, string source) => new(SlotId, date, source)
    {
        Count = Count,
        Qualifier = Qualifier,
        Name = Name,
        Item = Item,
        Value = Value,
        Text = Text,
        Ask = Doubt is not null,
        Doubt = Doubt,
        Alternatives = Alternatives,
    };
}
