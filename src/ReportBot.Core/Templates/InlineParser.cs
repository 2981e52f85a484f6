using System.Text;

namespace ReportBot.Core.Templates;

/// <summary>
/// Turns the raw text of one paragraph, heading or item into literal parts, slots (<c>{{…}}</c>) and optional
/// fragments (<c>[…]</c>). Line breaks inside a paragraph are joined without spaces (Chinese prose).
/// <c>\[</c>, <c>\]</c> and <c>\{</c> print the character itself.
/// </summary>
internal static class InlineParser
{
    public static TemplateText Parse(ParseContext context, int start, int end)
    {
        var text = context.Source.Text;
        var root = new List<TextPart>();
        var open = new Stack<(List<TextPart> Parts, int Start)>();
        var literal = new StringBuilder();
        List<TextPart> Current() => open.Count > 0 ? open.Peek().Parts : root;

        void Flush()
        {
            if (literal.Length > 0)
            {
                CheckLiteral(context, literal.ToString(), start);
                Current().Add(new LiteralPart(literal.ToString()));
                literal.Clear();
            }
        }

        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < end && text[i + 1] is '[' or ']' or '{' or '\\')
            {
                literal.Append(text[i + 1]);
                i += 2;
            }
            else if (c == '{' && i + 1 < end && text[i + 1] == '{')
            {
                var close = text.IndexOf("}}", i + 2, end - i - 2, StringComparison.Ordinal);
                var nextOpen = text.IndexOf("{{", i + 2, end - i - 2, StringComparison.Ordinal);
                if (close < 0 || (nextOpen >= 0 && nextOpen < close))
                {
                    // Report it and go on at the next slot, so one typo does not swallow the next slot's question.
                    context.Error(i, "“{{”没有对应的“}}”");
                    if (nextOpen < 0)
                    {
                        return Finish(context, root);
                    }

                    i = nextOpen;
                    continue;
                }

                Flush();
                if (context.Read(text[(i + 2)..close].Trim(), i) is { } part)
                {
                    if (part is ConditionPart && open.Count == 0)
                    {
                        context.Error(i, "条件 {{if …}} 要和它决定的文字一起放在[ ]里，如 [{{if rate < 100}}，对未整改的隐患…]");
                    }

                    Current().Add(part);
                }

                i = close + 2;
            }
            else if (c == '[')
            {
                Flush();
                open.Push(([], i));
                i++;
            }
            else if (c == ']' && open.Count > 0)
            {
                Flush();
                var (parts, fragmentStart) = open.Pop();
                var fragment = new OptionalPart(parts);
                if (!new TemplateText([fragment]).Slots.Any() && !parts.Any(p => p is ConditionPart or SectionsPart))
                {
                    context.Error(fragmentStart, "可选片段“[ ]”里没有空位：只有含空位的片段才能在未填写时省略");
                }

                Current().Add(fragment);
                i++;
            }
            else if (c is '\r' or '\n')
            {
                TrimEndWhitespace(literal);
                i++;
                while (i < end && text[i] is ' ' or '\t' or '\r' or '\n')
                {
                    i++;
                }
            }
            else
            {
                literal.Append(c);
                i++;
            }
        }

        if (open.Count > 0)
        {
            context.Error(open.Peek().Start, "可选片段“[”没有对应的“]”");
        }

        Flush();
        return Finish(context, root);
    }

    private static TemplateText Finish(ParseContext context, List<TextPart> root)
    {
        var text = new TemplateText(root);
        context.RecordSurroundings(text);
        return text;
    }

    /// <summary>An ASCII X in the prose is a leftover placeholder from a sample: it must become a slot.</summary>
    private static void CheckLiteral(ParseContext context, string literal, int offset)
    {
        var x = literal.IndexOf('X', StringComparison.Ordinal);
        if (x >= 0 && (x == 0 || !char.IsAsciiLetter(literal[x - 1])) && (x == literal.Length - 1 || !char.IsAsciiLetter(literal[x + 1])))
        {
            context.Error(offset, $"正文里有占位符“X”（…{literal[Math.Max(0, x - 6)..Math.Min(literal.Length, x + 6)]}…）：请改成空位，如 {{{{count id 次 | 问题}}}}");
        }
    }

    private static void TrimEndWhitespace(StringBuilder builder)
    {
        while (builder.Length > 0 && builder[^1] is ' ' or '\t')
        {
            builder.Length--;
        }
    }
}
