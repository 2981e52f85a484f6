namespace ReportBot.Core.Templates;

/// <summary>
/// One line of a template's <c>工作记录</c> block: which work-log messages belong to a slot, e.g.
/// <c>topic_meetings: 意识形态专题会议, 专题会+意识形态 | 不含: 研判</c>. The syntax is in docs/worklog.md.
/// </summary>
/// <param name="SlotId">The slot the messages are filed under.</param>
/// <param name="Label">How the bot names the slot in its answers ("意识形态专题会议 +1"): 显示, else the first keyword.</param>
/// <param name="Line">The 1-based line in the template file.</param>
public sealed record SlotLogRule(string SlotId, string Label, int Line)
{
    /// <summary>Any one of these in a clause of a message files it here.</summary>
    public IReadOnlyList<LogKeyword> Keywords { get; init; } = [];

    /// <summary>不含: a clause holding any of these words is never filed here.</summary>
    public IReadOnlyList<string> Exclusions { get; init; } = [];

    /// <summary>名称: how the name of a list item or a pair is written (《…》, “…”), or null for the kind's default.</summary>
    public LogNameForm? NameForm { get; init; }

    /// <summary>计数 (list slots): the count slot that takes a number written with an item, or an activity without a name.</summary>
    public string? CountSlot { get; init; }

    /// <summary>写法: phrases such as <c>第N个…宣传月</c>; the slot takes the N (a count) or the … (a text) as a value.</summary>
    public IReadOnlyList<string> Phrases { get; init; } = [];
}

/// <summary>A keyword: words that must all stand in one clause (<c>专题会+意识形态</c>), or a name in quotes (<c>“道德讲堂”</c>).</summary>
/// <param name="Parts">The words; one for a plain keyword or a name.</param>
/// <param name="IsName">True for <c>“道德讲堂”</c>: the keyword is itself the list item, whether the message quotes it or not.</param>
public sealed record LogKeyword(IReadOnlyList<string> Parts, bool IsName)
{
    /// <inheritdoc/>
    public override string ToString() => IsName ? $"“{Parts[0]}”" : string.Join("+", Parts);
}

/// <summary>How a name is marked in a message: 《…》 or “…”, and whether the activity word after it belongs to the name.</summary>
/// <param name="Open">The opening mark.</param>
/// <param name="Close">The closing mark.</param>
/// <param name="WithKeyword">True for <c>“…”+关键词</c>: “我爱祖国”绘画比赛, up to and including the keyword.</param>
public sealed record LogNameForm(char Open, char Close, bool WithKeyword)
{
    /// <summary>《…》, the default for pairs (media).</summary>
    public static LogNameForm Title { get; } = new('《', '》', false);

    /// <summary>“…”, the default for lists.</summary>
    public static LogNameForm Quoted { get; } = new('“', '”', false);

    /// <inheritdoc/>
    public override string ToString() => $"{Open}…{Close}" + (WithKeyword ? "+关键词" : string.Empty);
}
