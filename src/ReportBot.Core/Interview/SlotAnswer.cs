using ReportBot.Core.Answers;

namespace ReportBot.Core.Interview;

/// <summary>How a user answered a <c>defaults</c> slot.</summary>
public enum DefaultsMode
{
    /// <summary>The template's wording as it is.</summary>
    Keep,

    /// <summary>The user's own items instead of the template's.</summary>
    Replace,

    /// <summary>The template's items followed by the user's.</summary>
    Extend,
}

/// <summary>The answer to one slot. One field is set, according to the slot's kind; or <see cref="Skipped"/>.</summary>
public sealed record SlotAnswer
{
    /// <summary>The user skipped the question.</summary>
    public bool Skipped { get; init; }

    /// <summary>Text, period and choice answers; the place of a unit answer.</summary>
    public string? Text { get; init; }

    /// <summary>The party body of a unit answer ("党工委", "党委"…).</summary>
    public string? Body { get; init; }

    /// <summary>Count and approximate-count answers.</summary>
    public long? Number { get; init; }

    /// <summary>For counts: "约50" (about) or "50余" (more than); null when exact.</summary>
    public CountQualifier? Qualifier { get; init; }

    /// <summary>Percent answers (0–100).</summary>
    public decimal? Percent { get; init; }

    /// <summary>List and free-item answers; for defaults, the user's own items.</summary>
    public IReadOnlyList<string>? Items { get; init; }

    /// <summary>Name + count pairs.</summary>
    public IReadOnlyList<NamedCount>? Pairs { get; init; }

    /// <summary>For defaults slots: keep, replace or extend the template's wording.</summary>
    public DefaultsMode? Mode { get; init; }

    /// <summary>True when the answer was taken from the work log (shown in /status).</summary>
    public bool FromLog { get; init; }

    /// <summary>A skipped answer.</summary>
    public static SlotAnswer Skip { get; } = new() { Skipped = true };

    /// <summary>True when the answer contributes nothing: skipped, zero, or an empty list.</summary>
    /// <remarks>Not stored: it follows from the fields (sessions written before it was ignored still read).</remarks>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsEmpty => Skipped
        || Number == 0
        || (Text is not null && Text.Length == 0)
        || (Items is { Count: 0 } && Mode is null or DefaultsMode.Replace)
        || (Pairs is not null && Pairs.All(p => p.Count == 0));
}
