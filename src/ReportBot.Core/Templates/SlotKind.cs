namespace ReportBot.Core.Templates;

/// <summary>What kind of answer a slot takes. The names are the keywords used in templates.</summary>
public enum SlotKind
{
    /// <summary>Free text, e.g. the unit's name. Defined once, reused by reference.</summary>
    Text,

    /// <summary>The report period; options are computed from today's date.</summary>
    Period,

    /// <summary>The reporting unit: its place and its party body, printed in derived forms.</summary>
    Unit,

    /// <summary>A yes/no question: the fragment it stands in is printed only when the answer is yes.</summary>
    Confirm,

    /// <summary>One of a fixed set of options written in the template.</summary>
    Choice,

    /// <summary>An integer ≥ 0 with its unit (次、篇、场…).</summary>
    Count,

    /// <summary>An approximate count ("50余场"): the prose carries the 余.</summary>
    Approx,

    /// <summary>A percentage between 0 and 100.</summary>
    Percent,

    /// <summary>A list of names, joined with 、.</summary>
    List,

    /// <summary>A list of name + count pairs, e.g. 《红旗日报》 3篇.</summary>
    Pairs,

    /// <summary>Further items the user adds at the end of a list.</summary>
    Free,

    /// <summary>The template's default items, which the user keeps, replaces or extends.</summary>
    Defaults,
}
