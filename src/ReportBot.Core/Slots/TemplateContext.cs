using ReportBot.Core.Templates;

namespace ReportBot.Core.Slots;

/// <summary>
/// Removes from a text answer the words the template already writes around the slot: "民族团结进步宣传月" for
/// "第38个{{theme}}宣传月" would print "宣传月宣传月".
/// </summary>
internal static class TemplateContext
{
    private const int Shortest = 2;

    private static readonly (char Open, char Close)[] Wrappers = [('“', '”'), ('"', '"'), ('《', '》'), ('「', '」'), ('‘', '’')];

    public static (string Text, string? Note) StripRepeats(SlotDefinition slot, string text)
    {
        // Quotes the template already writes around the slot ("第38个“{{theme}}宣传月”" printed nested quotes).
        var inQuotes = Wrappers.Any(w => Unclosed(slot.TextBefore, w.Open, w.Close) || Unopened(slot.TextAfter, w.Open, w.Close));
        var unwrapped = inQuotes ? Unwrap(text) : text;
        var after = Overlap(unwrapped, slot.TextAfter, atEnd: true);
        var trimmed = after > 0 && after < unwrapped.Length ? unwrapped[..^after] : unwrapped;
        trimmed = inQuotes ? Unwrap(trimmed) : trimmed;
        after = trimmed.Length < unwrapped.Length ? after : SameNoun(trimmed, slot.TextAfter);
        trimmed = after > 0 && trimmed.Length == unwrapped.Length ? trimmed[..^after] : trimmed;
        var before = Overlap(trimmed, slot.TextBefore, atEnd: false);
        trimmed = before > 0 && before < trimmed.Length ? trimmed[before..] : trimmed;
        if (trimmed.Length == unwrapped.Length)
        {
            return (unwrapped, null);
        }

        var removed = unwrapped.Length - trimmed.Length;
        var words = after > 0 ? unwrapped[^after..].TrimEnd('”', '"', '》', '」', '’') : unwrapped[..removed];
        return (trimmed, $"（“{words}”模板中已有，已去掉，以免重复）");
    }

    /// <summary>"“民族团结进步”" → "民族团结进步"; a quote left open at either end is dropped too.</summary>
    private static string Unwrap(string text)
    {
        foreach (var (open, close) in Wrappers)
        {
            if (text.Length > 2 && text[0] == open && text[^1] == close && text[1..^1].IndexOfAny([open, close]) < 0)
            {
                return text[1..^1].Trim();
            }

            if (text.Length > 1 && text[0] == open && text.IndexOf(close, 1) < 0)
            {
                return text[1..].Trim();
            }

            if (text.Length > 1 && text[^1] == close && text.LastIndexOf(open, text.Length - 2) < 0)
            {
                return text[..^1].Trim();
            }
        }

        return text;
    }

    private static bool Unclosed(string before, char open, char close) =>
        open == close ? before.Count(c => c == open) % 2 == 1 : before.LastIndexOf(open) > before.LastIndexOf(close);

    // The text after the slot closes a quote it did not open (the opening one is before an earlier slot).
    private static bool Unopened(string after, char open, char close) =>
        open != close && after.Contains(close, StringComparison.Ordinal) && (!after.Contains(open, StringComparison.Ordinal) || after.IndexOf(close) < after.IndexOf(open));

    /// <summary>
    /// One character when the answer ends with the period noun the template's next word ends with:
    /// "民族团结进步月" before "宣传月" would print "进步月宣传月". Only 月/周/日/节, so "…发展" before "开展" is kept.
    /// </summary>
    private static int SameNoun(string text, string after)
    {
        var word = new string([.. after.TakeWhile(char.IsLetter).Take(4)]);
        return word.Length >= 2 && text.Length > 2 && text[^1] == word[^1] && "月周日节".Contains(text[^1], StringComparison.Ordinal) ? 1 : 0;
    }

    /// <summary>
    /// The length of the longest piece (at least two characters) that ends <paramref name="text"/> and starts the
    /// template text after the slot, or starts <paramref name="text"/> and ends the text before it.
    /// </summary>
    private static int Overlap(string text, string context, bool atEnd)
    {
        for (var length = Math.Min(text.Length - 1, context.Length); length >= Shortest; length--)
        {
            var matches = atEnd
                ? text.EndsWith(context[..length], StringComparison.Ordinal)
                : text.StartsWith(context[^length..], StringComparison.Ordinal);
            if (matches)
            {
                return length;
            }
        }

        return 0;
    }
}
