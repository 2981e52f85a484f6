namespace ReportBot.Core.Templates;

/// <summary>What <c>reportbot lint</c> checks in a <c>工作记录</c> block, line by line and across lines.</summary>
internal static class WorkLogChecks
{
    /// <summary>Checks one line against the slots of the template; false when the line cannot be used.</summary>
    public static bool CheckRule(SlotLogRule rule, ParseContext context)
    {
        var errors = context.Errors.Count;
        void Error(string message) => context.ErrorAtLine(rule.Line, "工作记录：" + message);

        if (context.Slots.FirstOrDefault(s => s.Id == rule.SlotId) is not { } slot)
        {
            Error($"没有 id 为“{rule.SlotId}”的空位（reportbot lint --list 列出全部空位）");
            return false;
        }

        // A list of what can be logged, not of what cannot: a kind added later is refused until the reader knows it.
        if (slot.Kind is not (SlotKind.Count or SlotKind.Approx or SlotKind.Percent or SlotKind.List or SlotKind.Pairs or SlotKind.Text))
        {
            Error($"空位“{slot.Id}”是 {Kind(slot.Kind)} 类型，不能从工作消息中记录（可记录 count、approx、percent、list、pairs，以及写明“写法”的 text）");
        }

        if (rule.Keywords.Count == 0)
        {
            Error($"空位“{slot.Id}”没有关键词：冒号后面至少写一个，如“{slot.Id}: 专题会议”");
        }

        foreach (var keyword in rule.Keywords.Where(k => k.Parts.Any(p => p.Length == 0)))
        {
            Error($"关键词“{keyword}”中有空的部分（“+”两边都要有词）");
        }

        if (rule.Keywords.Any(k => k.IsName) && slot.Kind != SlotKind.List)
        {
            Error("带引号的关键词是活动名称，只用于 list 空位");
        }

        foreach (var word in rule.Exclusions.Where(w => rule.Keywords.Any(k => !k.IsName && k.Parts.Any(p => p.Contains(w, StringComparison.Ordinal)))))
        {
            Error($"排除词“{word}”包含在它自己的关键词里，那个关键词将永远用不上");
        }

        if (rule.NameForm is not null && slot.Kind is not (SlotKind.List or SlotKind.Pairs))
        {
            Error("“名称”只用于 list 和 pairs 空位");
        }

        CheckCountSlot(rule, slot, context, Error);
        CheckPhrases(rule, slot, Error);
        return context.Errors.Count == errors;
    }

    /// <summary>A keyword in two lines makes filing ambiguous, unless both lines read the same phrase (写法).</summary>
    public static void CheckAcross(IReadOnlyList<SlotLogRule> rules, ParseContext context)
    {
        var seen = new Dictionary<string, SlotLogRule>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            if (rules.First(r => r.SlotId == rule.SlotId) is var first && !ReferenceEquals(first, rule))
            {
                context.ErrorAtLine(rule.Line, $"工作记录：空位“{rule.SlotId}”已在第{first.Line}行写过，请合并为一行");
                continue;
            }

            foreach (var keyword in rule.Keywords.Select(Key).Distinct(StringComparer.Ordinal))
            {
                if (!seen.TryAdd(keyword, rule) && seen[keyword] is var other
                    && !(rule.Phrases.Count > 0 && rule.Phrases.SequenceEqual(other.Phrases)))
                {
                    context.ErrorAtLine(rule.Line, $"工作记录：关键词“{keyword}”同时属于“{other.SlotId}”（第{other.Line}行）和“{rule.SlotId}”，消息无法确定记入哪一项（两项用同一“写法”时除外）");
                }
            }
        }
    }

    private static void CheckCountSlot(SlotLogRule rule, SlotDefinition slot, ParseContext context, Action<string> error)
    {
        if (rule.CountSlot is not { Length: > 0 } id)
        {
            return;
        }

        if (slot.Kind != SlotKind.List)
        {
            error("“计数”只用于 list 空位");
        }
        else if (context.Slots.FirstOrDefault(s => s.Id == id) is not { Kind: SlotKind.Count or SlotKind.Approx })
        {
            error($"“计数”应为一个 count 或 approx 空位的 id，“{id}”不是");
        }
    }

    private static void CheckPhrases(SlotLogRule rule, SlotDefinition slot, Action<string> error)
    {
        if (rule.Phrases.Count == 0)
        {
            if (slot.Kind == SlotKind.Text)
            {
                error($"text 空位“{slot.Id}”需要“写法”，说明取消息中的哪一段，如“写法: 第N个…宣传月”");
            }

            return;
        }

        var (mark, what) = slot.Kind switch
        {
            SlotKind.Count or SlotKind.Approx => ('N', "要读的数"),
            SlotKind.Text => ('…', "要取的文字"),
            _ => ('\0', string.Empty),
        };
        if (mark == '\0')
        {
            error("“写法”只用于 count、approx 和 text 空位");
        }
        else if (rule.Phrases.FirstOrDefault(p => !p.Contains(mark, StringComparison.Ordinal)) is { } phrase)
        {
            error($"{Kind(slot.Kind)} 空位的写法“{phrase}”缺少 {mark}（{what}），如“第N个…宣传月”");
        }
    }

    private static string Key(LogKeyword keyword) => string.Join("+", keyword.Parts.Order(StringComparer.Ordinal));

    private static string Kind(SlotKind kind) => kind.ToString().ToLowerInvariant();
}
