namespace ReportBot.Core.Templates;

/// <summary>A block of a template body.</summary>
public abstract record TemplateNode;

/// <summary>
/// A section: <c>##</c> is level 1 (一、), <c>###</c> level 2 (（一）), <c>####</c> level 3 (1.), <c>#####</c> level 4 (（1）).
/// </summary>
public sealed record TemplateSection(int Level, TemplateText Heading, SectionRef Ref, IReadOnlyList<TemplateNode> Children)
    : TemplateNode;

/// <summary>A paragraph of prose (it may hold slots).</summary>
public sealed record TemplateParagraph(TemplateText Text) : TemplateNode;

/// <summary>
/// A list of 一是/二是 items. A tight list runs on in the paragraph before it; a loose list (blank lines between
/// items) puts each item in a paragraph of its own.
/// </summary>
public sealed record TemplateList(bool Loose, IReadOnlyList<TemplateItem> Items) : TemplateNode;

/// <summary>One list item.</summary>
public abstract record TemplateItem;

/// <summary>A fixed item: prose with slots.</summary>
public sealed record TextItem(TemplateText Text) : TemplateItem;

/// <summary>An item that expands into the user's own items (<c>{{free id | question}}</c>).</summary>
public sealed record FreeItems(string SlotId) : TemplateItem;

/// <summary>The items of a <c>{{defaults id | question}}</c> list: the template's wording, kept, replaced or extended.</summary>
public sealed record DefaultItems(string SlotId) : TemplateItem;

/// <summary>Marks the list of a <c>{{defaults}}</c> slot: its items are the template's default wording.</summary>
public sealed record DefaultsMarker(string SlotId) : TemplateItem;
