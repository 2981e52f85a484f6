using ReportBot.Core.Answers;

namespace ReportBot.Core.WorkLog;

/// <summary>
/// One thing a work message reports, filed under a slot of the template. Exactly one of <see cref="Count"/> (with
/// <see cref="Name"/> for a pair), <see cref="Item"/>, <see cref="Value"/> or <see cref="Text"/> is set, except for an
/// entry the bot asks about, which may lack what it is unsure of.
/// </summary>
/// <param name="SlotId">The slot it belongs to.</param>
/// <param name="Date">When it happened: a date written in the message, else the message's date.</param>
/// <param name="Source">The sentence of the message it was read from, as written.</param>
public sealed record LogEntry(string SlotId, DateOnly Date, string Source)
{
    /// <summary>How many (count, approx and pairs slots).</summary>
    public long? Count { get; init; }

    /// <summary>How exact <see cref="Count"/> is: "二十余场" is 20, more than.</summary>
    public CountQualifier Qualifier { get; init; }

    /// <summary>The name of a pair, with its marks: 《红旗日报》.</summary>
    public string? Name { get; init; }

    /// <summary>A list item, as written: “我爱祖国”绘画比赛.</summary>
    public string? Item { get; init; }

    /// <summary>A value that is not summed: a percentage (97.5), or a number read from a phrase (第38个 → 38).</summary>
    public decimal? Value { get; init; }

    /// <summary>A text value read from a phrase: 民族团结进步.</summary>
    public string? Text { get; init; }

    /// <summary>True when the bot should ask the user rather than file it.</summary>
    public bool Ask { get; init; }

    /// <summary>Why it asks, in Chinese, for the user: "“十余次”是约数，请确认具体次数".</summary>
    public string? Doubt { get; init; }

    /// <summary>Other slots the message may belong to, when the doubt is which slot.</summary>
    public IReadOnlyList<string> Alternatives { get; init; } = [];
}

/// <summary>What a message gave: its entries, and the sentences left out with the reason.</summary>
/// <param name="Entries">The entries, in the order of the message.</param>
/// <param name="Notes">Sentences not filed although they name an activity: plans, notices, cancellations….</param>
public sealed record LogReading(IReadOnlyList<LogEntry> Entries, IReadOnlyList<LogNote> Notes);

/// <summary>A sentence not filed, and why, in Chinese ("这是计划或尚未完成的事…").</summary>
public sealed record LogNote(string Source, string Reason);
