namespace ReportBot.Core.Templates;

/// <summary>
/// Lint rules on <c>[ ]</c>: a text must never print half. A lead-in word left alone when the fragments after it
/// drop ("召开，部署工作") and a slot that can be left empty in prose that never drops are errors.
/// </summary>
internal static class FragmentRules
{
    private const string ClausePunctuation = "，。；：、！？,.;:";

    /// <summary>
    /// A word that the first of one or more <c>[ ]</c> continues, followed only by punctuation once they drop: it
    /// would be left alone. It belongs inside an outer <c>[ ]</c> with them: "[召开[会议…][、研判会…]，部署工作。]".
    /// </summary>
    public static void CheckLeadIns(ParseContext context, TemplateText text, int offset)
    {
        var parts = text.Parts;
        for (var i = 0; i + 1 < parts.Count; i++)
        {
            // Only a word that the first fragment continues ("召开[会议3次]") is a lead-in; before a fragment that opens
            // with punctuation or with a number ("化解[，共调处3件]", "系列活动[16场]") the words read as a whole.
            if (parts[i] is not LiteralPart { Text.Length: > 0 } lead || IsPunctuation(lead.Text[^1])
                || parts[i + 1] is not OptionalPart { Parts: [LiteralPart { Text.Length: > 0 } opening, ..] } || IsPunctuation(opening.Text[0]))
            {
                continue;
            }

            var next = i + 1;
            while (next < parts.Count && parts[next] is OptionalPart)
            {
                next++;
            }

            var after = next < parts.Count ? parts[next] : null;
            if (after is null || (after is LiteralPart { Text.Length: > 0 } literal && IsPunctuation(literal.Text[0])))
            {
                var word = lead.Text[Math.Max(0, lead.Text.Length - 6)..];
                context.Error(offset, $"“{word}”后面的[ ]都省略时，它会单独留下（“{word}{(after as LiteralPart)?.Text[..1]}”）：请把它和这些[ ]一起放进外层的[ ]，如 [{word}[…][…]，…]");
            }
        }
    }

    /// <summary>A paragraph or heading is never dropped: a slot that may stay empty must stand in <c>[ ]</c>.</summary>
    public static void CheckProse(ParseContext context, TemplateText text, int offset)
    {
        foreach (var slot in text.Parts.OfType<SlotPart>())
        {
            if (context.Slots.FirstOrDefault(s => s.Id == slot.SlotId) is { Required: false } optional)
            {
                context.Error(offset, $"段落里的空位“{optional.Id}”可以不填，但段落不会整段省略：请把它连同所在的词句放进[ ]，如 [召开会议{{{{count {optional.Id} 次 | …}}}}次，]");
            }
        }
    }

    private static bool IsPunctuation(char c) => ClausePunctuation.Contains(c, StringComparison.Ordinal);

    /// <summary>Marks that end a clause; 、 joins the parts of one clause and does not.</summary>
    private const string ClauseBreaks = "，。；：！？,;:";

    /// <summary>
    /// Verbs that open the counted phrases of a work report ("开展宣传活动50场"). When the first of a run of <c>[ ]</c>
    /// joined by 、 opens with one of them and a later one does not, the later one lives on the first one's verb.
    /// </summary>
    private static readonly string[] Verbs =
    [
        "按期转正", "开展", "召开", "组织", "举办", "举行", "发放", "分发", "签订", "接收", "确定", "发展", "转正", "检查", "出动",
        "排查", "督促", "整改", "移交", "查处", "发表", "发布", "刊发", "刊登", "推送", "编发", "印发", "报送", "部署", "聚焦",
        "培训", "观看", "播放", "建立", "设立", "成立", "制定", "修订", "落实", "完成", "参加", "走访", "慰问", "调处", "化解",
        "受理", "办理", "处理", "张贴", "悬挂", "制作", "配备", "投入", "新建", "建成", "改造", "评选", "表彰", "选树", "宣讲",
        "讲授", "征集", "收集", "发现", "录用", "采用", "转载", "现有", "新增", "培养", "帮扶",
    ];

    /// <summary>
    /// Rules on every level of <c>[ ]</c> of an item or paragraph: a dropped fragment must not take with it the verb
    /// of the next one (<see cref="CheckSharedVerbs"/>), nor leave behind words that claim work the user answered as
    /// zero (<see cref="CheckClaims"/>).
    /// </summary>
    public static void CheckFragments(ParseContext context, TemplateText text, int offset)
    {
        CheckSharedVerbs(context, text.Parts, offset);
        CheckClaims(context, text.Parts, offset);
        foreach (var nested in text.Parts.OfType<OptionalPart>())
        {
            CheckFragments(context, new TemplateText(nested.Parts), offset);
        }
    }

    /// <summary>
    /// "结合重要节点[开展宣传活动…][、专题讲座…]": when the first drops, the second prints "结合重要节点专题讲座…",
    /// without its verb. The shared verb belongs before the run: "开展[宣传活动…][、专题讲座…]".
    /// </summary>
    private static void CheckSharedVerbs(ParseContext context, IReadOnlyList<TextPart> parts, int offset)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i] is not OptionalPart first || VerbAtStart(LeadingText(first)) is not { } verb)
            {
                continue;
            }

            for (var j = i + 1; j < parts.Count && parts[j] is OptionalPart next; j++)
            {
                var lead = LeadingText(next);
                if (lead.StartsWith('、') && VerbAtStart(lead[1..]) is null)
                {
                    var noun = lead[1..Math.Min(lead.Length, 7)];
                    context.Error(offset, $"[{verb}…][、{noun}…]：前一个[ ]省略时，后一个会丢掉动词“{verb}”，写成“…{noun}…”。请把共同的动词写在[ ]外面，如 {verb}[…][、{noun}…]；或在后一个里也写上动词：[、{verb}{noun}…]");
                }
            }
        }
    }

    /// <summary>
    /// "[[广泛开展[…等]系列活动[…场]，][{{confirm}}结合假期…，]营造…]" is right; without the inner brackets
    /// "广泛开展系列活动" would print whenever the confirm keeps the outer fragment, although the list and the count
    /// were answered empty and 0. Words that share a clause with <c>[ ]</c> depend on them: when another clause of the
    /// same level holds <c>[ ]</c> too, the clause must stand in <c>[ ]</c> of its own. A level with a slot of its own
    /// (outside <c>[ ]</c>) drops with that slot and is not checked.
    /// </summary>
    private static void CheckClaims(ParseContext context, IReadOnlyList<TextPart> parts, int offset)
    {
        if (parts.OfType<SlotPart>().Any(s => context.Slots.FirstOrDefault(d => d.Id == s.SlotId) is { Required: false }))
        {
            return;
        }

        var clauses = new List<(bool Fragments, string Words)>();
        var (fragments, words) = (false, new System.Text.StringBuilder());
        void Close()
        {
            if (fragments || words.Length > 0)
            {
                clauses.Add((fragments, words.ToString()));
            }

            (fragments, words) = (false, new System.Text.StringBuilder());
        }

        foreach (var part in parts)
        {
            switch (part)
            {
                case LiteralPart literal:
                    foreach (var c in literal.Text)
                    {
                        if (ClauseBreaks.Contains(c, StringComparison.Ordinal))
                        {
                            Close();
                        }
                        else if (char.IsLetterOrDigit(c))
                        {
                            words.Append(c);
                        }
                    }

                    break;
                case SlotPart slot:
                    words.Append("{{").Append(slot.SlotId).Append(slot.Form is null ? string.Empty : "." + slot.Form).Append("}}");
                    break;
                case OptionalPart optional:
                    var text = PlainText(optional);
                    if (text.Length > 0 && ClauseBreaks.Contains(text[0], StringComparison.Ordinal))
                    {
                        Close();
                    }

                    fragments = true;
                    if (text.Length > 0 && ClauseBreaks.Contains(text[^1], StringComparison.Ordinal))
                    {
                        Close();
                    }

                    break;
            }
        }

        Close();
        if (clauses.Count(c => c.Fragments) < 2)
        {
            return;
        }

        foreach (var (_, claim) in clauses.Where(c => c.Fragments && c.Words.Length > 0))
        {
            var shown = claim.Length > 12 ? claim[..12] + "…" : claim;
            context.Error(offset, $"“{shown}”和它的[ ]在同一分句里，但同一层还有别的[ ]：它的[ ]都省略、别的[ ]保留时，这句话仍会写出来，把答为0或没填的工作写成做过。请把这一分句连同它的[ ]放进一层[ ]，如 [[广泛开展[…等]系列活动[…场]，][…]…]");
        }
    }

    /// <summary>The literal text a fragment opens with (conditions print nothing and are passed over).</summary>
    private static string LeadingText(OptionalPart fragment)
    {
        foreach (var part in fragment.Parts)
        {
            switch (part)
            {
                case ConditionPart:
                    continue;
                case LiteralPart literal:
                    return literal.Text;
                default:
                    return string.Empty;
            }
        }

        return string.Empty;
    }

    /// <summary>The fragment's literal text with slots left out: enough to see how it opens and ends.</summary>
    private static string PlainText(OptionalPart fragment) => string.Concat(fragment.Parts.Select(p => p switch
    {
        LiteralPart literal => literal.Text,
        OptionalPart nested => PlainText(nested),
        SlotPart => "X",
        _ => string.Empty,
    }));

    private static string? VerbAtStart(string text) => Verbs.FirstOrDefault(v => text.StartsWith(v, StringComparison.Ordinal));
}
