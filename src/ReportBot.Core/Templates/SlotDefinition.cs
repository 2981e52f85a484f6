namespace ReportBot.Core.Templates;

/// <summary>
/// One question of a template: a slot, written inline as <c>{{kind id [unit] | question | extra}}</c>.
/// </summary>
/// <param name="Id">The slot id, unique in the template (ASCII letters, digits, <c>_</c>).</param>
/// <param name="Kind">What kind of answer it takes.</param>
/// <param name="Question">The question put to the user.</param>
/// <param name="Unit">The measure word of a count (次、篇、场…), or null.</param>
/// <param name="Extra">Kind-specific: the choice options separated by <c>/</c>, or the pair format.</param>
/// <param name="Required">Header slots (outside lists) must be answered; they cannot be skipped.</param>
/// <param name="Line">The 1-based line of the definition in the template file.</param>
/// <param name="Section">Where the slot stands, for progress and the section picker.</param>
public sealed record SlotDefinition(
    string Id,
    SlotKind Kind,
    string Question,
    string? Unit,
    string? Extra,
    bool Required,
    int Line,
    SectionRef Section)
{
    /// <summary>The template's default items (for <see cref="SlotKind.Defaults"/>), else empty.</summary>
    public IReadOnlyList<TemplateText> DefaultItems { get; init; } = [];

    /// <summary>The template's literal text just before the definition (a few characters), for repeat checks.</summary>
    public string TextBefore { get; init; } = string.Empty;

    /// <summary>The template's literal text just after the definition (a few characters), for repeat checks.</summary>
    public string TextAfter { get; init; } = string.Empty;

    /// <summary>The options of a <see cref="SlotKind.Choice"/> slot.</summary>
    public IReadOnlyList<string> Options =>
        Kind == SlotKind.Choice && Extra is not null
            ? Extra.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : [];
}

/// <summary>
/// The part of the report a slot belongs to: the key used by /edit, and the labels shown to the user.
/// </summary>
/// <param name="Key">Stable key, e.g. "header", "s1", "s1.2".</param>
/// <param name="Label">Full label, e.g. "一、主要工作完成情况 · （二）加强政治理论学习".</param>
/// <param name="ShortLabel">Short label for buttons and progress, e.g. "（二）加强政治理论学习".</param>
public sealed record SectionRef(string Key, string Label, string ShortLabel)
{
    /// <summary>The header: title and opening paragraph (unit's name, report period).</summary>
    public static SectionRef Header { get; } = new("header", "基本信息", "基本信息");
}
