using Markdig.Syntax;

namespace ReportBot.Core.Templates;

/// <summary>
/// Reads the fenced <c>```工作记录</c> block at the end of a template: one line per slot,
/// <c>空位id: 关键词, 关键词 | 不含: 词 | 名称: 《…》 | 计数: 空位id | 写法: 第N个…宣传月 | 显示: 名称</c>.
/// Lines starting with # are comments. Errors are reported with the line they stand on.
/// </summary>
internal static class WorkLogBlock
{
    /// <summary>The info string after the opening fence.</summary>
    public const string InfoString = "工作记录";

    private static readonly char[] ListSeparators = [',', '，', '、'];

    public static IReadOnlyList<SlotLogRule> Read(FencedCodeBlock block, MarkdownDocument document, ParseContext context)
    {
        if (document.LastChild != block)
        {
            // Slots defined after the block would be unknown to it, and readers look for it at the end.
            context.Error(block.Span.Start, "“工作记录”代码块应放在模板末尾（最后一节之后），其后不能再有内容");
        }

        var rules = new List<SlotLogRule>();
        for (var i = 0; i < block.Lines.Count; i++)
        {
            var slice = block.Lines.Lines[i].Slice;
            var text = slice.ToString().Trim();
            if (text.Length > 0 && !text.StartsWith('#') && ReadLine(text, context.Source.LineOf(slice.Start), context) is { } rule)
            {
                rules.Add(rule);
            }
        }

        WorkLogChecks.CheckAcross(rules, context);
        return rules;
    }

    private static SlotLogRule? ReadLine(string text, int line, ParseContext context)
    {
        var segments = text.Split('|', '｜');
        var colon = segments[0].IndexOfAny([':', '：']);
        if (colon <= 0)
        {
            context.ErrorAtLine(line, $"工作记录：这一行应写成“空位id: 关键词, 关键词 | 不含: 词”，现为“{text}”");
            return null;
        }

        var id = segments[0][..colon].Trim();
        var keywords = Words(segments[0][(colon + 1)..]).Select(Keyword).ToList();
        var rule = new SlotLogRule(id, string.Empty, line) { Keywords = keywords };
        string? label = null;
        foreach (var segment in segments.Skip(1))
        {
            var split = segment.IndexOfAny([':', '：']);
            var name = split < 0 ? segment.Trim() : segment[..split].Trim();
            var value = split < 0 ? string.Empty : segment[(split + 1)..].Trim();
            switch (name)
            {
                case "不含":
                    rule = rule with { Exclusions = Words(value) };
                    break;
                case "名称":
                    rule = rule with { NameForm = NameForm(value) ?? ErrorNameForm(value, line, context) };
                    break;
                case "计数":
                    rule = rule with { CountSlot = value };
                    break;
                case "写法":
                    rule = rule with { Phrases = Words(value) };
                    break;
                case "显示":
                    label = value;
                    break;
                default:
                    context.ErrorAtLine(line, $"工作记录：无法识别的选项“{name}”：可用的选项为 不含、名称、计数、写法、显示");
                    break;
            }

            if (value.Length == 0 && name is "不含" or "名称" or "计数" or "写法" or "显示")
            {
                context.ErrorAtLine(line, $"工作记录：“{name}”后面没有内容");
            }
        }

        rule = rule with { Label = label is { Length: > 0 } ? label : keywords.FirstOrDefault()?.Parts[0] ?? id };
        return WorkLogChecks.CheckRule(rule, context) ? rule : null;
    }

    private static List<string> Words(string list) =>
        list.Split(ListSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    private static LogKeyword Keyword(string word)
    {
        if (word.Length > 2 && word[0] is '“' or '"' && word[^1] is '”' or '"')
        {
            return new LogKeyword([word[1..^1].Trim()], IsName: true);
        }

        return new LogKeyword(word.Split('+', '＋').Select(p => p.Trim()).ToList(), IsName: false);
    }

    /// <summary>《…》, “…” (also 「…」), optionally followed by +关键词.</summary>
    private static LogNameForm? NameForm(string value)
    {
        var compact = value.Replace(" ", string.Empty, StringComparison.Ordinal).Replace('＋', '+');
        var withKeyword = compact.EndsWith("+关键词", StringComparison.Ordinal);
        var marks = withKeyword ? compact[..^4] : compact;
        return marks switch
        {
            "《…》" or "《》" => new LogNameForm('《', '》', withKeyword),
            "“…”" or "“”" => new LogNameForm('“', '”', withKeyword),
            "「…」" or "「」" => new LogNameForm('「', '」', withKeyword),
            _ => null,
        };
    }

    private static LogNameForm? ErrorNameForm(string value, int line, ParseContext context)
    {
        if (value.Length > 0)
        {
            context.ErrorAtLine(line, $"工作记录：“名称”应写成 《…》、“…” 或 “…”+关键词，现为“{value}”");
        }

        return null;
    }
}
