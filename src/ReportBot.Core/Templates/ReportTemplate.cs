namespace ReportBot.Core.Templates;

/// <summary>A parsed report template (one file in <c>prompts/</c>).</summary>
/// <param name="Id">Stable id from the front matter, e.g. "ideology".</param>
/// <param name="Version">Template version from the front matter; sessions record it.</param>
/// <param name="Name">The report type as shown to users, e.g. "意识形态工作总结".</param>
/// <param name="Title">The title line (<c>#</c> heading), e.g. <c>{{period}}意识形态工作总结</c>.</param>
/// <param name="Body">Opening paragraphs and sections.</param>
/// <param name="Slots">Every slot, in the order the interview asks them.</param>
/// <param name="SignOffSlot">The text slot whose answer signs the report (unit name), or null for no sign-off.</param>
/// <param name="SourcePath">The file it was loaded from.</param>
public sealed record ReportTemplate(
    string Id,
    int Version,
    string Name,
    TemplateText Title,
    IReadOnlyList<TemplateNode> Body,
    IReadOnlyList<SlotDefinition> Slots,
    string? SignOffSlot,
    string SourcePath)
{
    private readonly Dictionary<string, SlotDefinition> _byId = Slots.ToDictionary(s => s.Id, StringComparer.Ordinal);

    /// <summary>
    /// The form the sign-off slot signs with (front matter <c>signoff: unit.office</c>); null: the body's full name for
    /// a unit ("中共红旗街道工作委员会"), the text as given otherwise.
    /// </summary>
    public string? SignOffForm { get; init; }

    /// <summary>True when the template prints <c>{{sections}}</c>, the work areas the draft actually covers.</summary>
    public bool UsesSections { get; init; }

    /// <summary>What work-log messages belong to which slot: the template's <c>工作记录</c> block (empty without one).</summary>
    public IReadOnlyList<SlotLogRule> LogRules { get; init; } = [];

    /// <summary>The slot with this id.</summary>
    public SlotDefinition Slot(string id) => _byId[id];

    /// <summary>True when the template defines a slot with this id.</summary>
    public bool HasSlot(string id) => _byId.ContainsKey(id);

    /// <summary>The sections a user can pick in /edit, in order, each with at least one slot.</summary>
    public IReadOnlyList<SectionRef> EditableSections =>
        Slots.Select(s => s.Section).DistinctBy(s => s.Key).ToList();
}
