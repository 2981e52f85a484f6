namespace ReportBot.Core.Drafting;

/// <summary>
/// A finished (or partial) report, independent of any output format. Every renderer walks this model.
/// All strings are plain text: user text is never markup, renderers escape it for their format.
/// </summary>
/// <param name="Title">The report title, e.g. "2020年上半年意识形态工作总结".</param>
/// <param name="Blocks">The body, in reading order.</param>
/// <param name="SignOff">The optional sign-off (unit name and date) below the body.</param>
public sealed record Draft(string Title, IReadOnlyList<DraftBlock> Blocks, DraftSignOff? SignOff = null)
{
    /// <summary>The sections with questions not yet answered (short labels); empty for a complete draft.</summary>
    public IReadOnlyList<string> Unanswered { get; init; } = [];

    /// <summary>True when every question was answered (or skipped): the draft is the report, not a preview.</summary>
    public bool Complete => Unanswered.Count == 0;
}

/// <summary>One block of the body.</summary>
public abstract record DraftBlock;

/// <summary>
/// A stand-alone heading, e.g. level 1 "一、" + "主要工作完成情况".
/// Level 1 = 一、, level 2 = （一）, level 3 = 1., level 4 = （1）.
/// </summary>
public sealed record DraftHeading(int Level, string Number, string Text) : DraftBlock
{
    /// <summary>The number and text as printed, e.g. "一、主要工作完成情况".</summary>
    public string FullText => Number + Text;
}

/// <summary>
/// A body paragraph. When <paramref name="RunIn"/> is set the paragraph starts with a run-in heading
/// (e.g. "（一）抓牢“牛鼻子”……落地。") printed in the heading's font, and <paramref name="Text"/> continues in
/// the body font in the same paragraph. Items (一是、二是……) are already part of <paramref name="Text"/>.
/// </summary>
public sealed record DraftParagraph(string Text, DraftHeading? RunIn = null) : DraftBlock
{
    /// <summary>The whole paragraph as printed: the run-in heading (if any) followed by the text.</summary>
    public string FullText => (RunIn?.FullText ?? string.Empty) + Text;
}

/// <summary>The sign-off: the unit's name and the date ("2026年11月29日") on the next line.</summary>
public sealed record DraftSignOff(string Unit, string Date);
