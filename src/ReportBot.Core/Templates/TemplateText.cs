namespace ReportBot.Core.Templates;

/// <summary>A run of template text: literal prose with slots and optional fragments inline.</summary>
public sealed record TemplateText(IReadOnlyList<TextPart> Parts)
{
    /// <summary>Every slot occurrence in this text, including those inside optional fragments.</summary>
    public IEnumerable<SlotPart> Slots => Parts.SelectMany(EnumerateSlots);

    private static IEnumerable<SlotPart> EnumerateSlots(TextPart part) => part switch
    {
        SlotPart slot => [slot],
        OptionalPart optional => optional.Parts.SelectMany(EnumerateSlots),
        _ => [],
    };
}

/// <summary>One piece of template text.</summary>
public abstract record TextPart;

/// <summary>Literal prose, printed as is.</summary>
public sealed record LiteralPart(string Text) : TextPart;

/// <summary>
/// A slot occurrence: the definition site or a reference (<c>{{unit}}</c>). <paramref name="Form"/> selects a
/// derived form, e.g. <c>{{period.short}}</c> → "上半年".
/// </summary>
public sealed record SlotPart(string SlotId, string? Form, bool IsDefinition) : TextPart;

/// <summary>
/// A condition, <c>{{if rate &lt; 100}}</c>: prints nothing; the fragment holding it drops when it does not hold.
/// <paramref name="Operator"/> is "" (answered, not zero or empty), "!" (the opposite) or a comparison.
/// </summary>
public sealed record ConditionPart(string SlotId, string Operator, string Value) : TextPart;

/// <summary>
/// <c>{{sections}}</c>: the work areas the report covers, from the sections actually kept ("压实主体责任、加强政治理论学习").
/// </summary>
public sealed record SectionsPart : TextPart;

/// <summary>A fragment in <c>[ ]</c>: dropped when a slot it holds itself is empty or a condition in it does not hold.</summary>
public sealed record OptionalPart(IReadOnlyList<TextPart> Parts) : TextPart;
