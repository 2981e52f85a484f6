namespace ReportBot.Core.Answers;

/// <summary>
/// Finds what sits inside quotes or brackets: “…” ‘…’ 《…》 「…」 『…』 （…） (…) 【…】 〈…〉 "…" '…'. A separator
/// there belongs to a title or a slogan (“不忘初心、牢记使命”), so lists and pairs must not split at it.
/// </summary>
internal static class Enclosures
{
    private const string Openers = "“‘《「『（(【〈\"'";
    private const string Closers = "”’》」』）)】〉\"'";

    /// <summary>
    /// For each index of <paramref name="text"/>, true when it lies within a balanced pair, the marks
    /// included. An opener that is never closed protects nothing, so one stray “ cannot swallow a line.
    /// </summary>
    public static bool[] Mask(string text)
    {
        var mask = new bool[text.Length];
        var open = new List<(char Closer, int At)>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\'' && IsApostrophe(text, i))
            {
                continue;
            }

            var closing = Closers.Contains(c, StringComparison.Ordinal) ? open.FindLastIndex(o => o.Closer == c) : -1;
            if (closing >= 0)
            {
                Array.Fill(mask, true, open[closing].At, i - open[closing].At + 1);
                open.RemoveRange(closing, open.Count - closing); // openers left unclosed inside are dropped
            }
            else if (Openers.Contains(c, StringComparison.Ordinal))
            {
                open.Add((Closers[Openers.IndexOf(c, StringComparison.Ordinal)], i));
            }
        }

        return mask;
    }

    /// <summary>
    /// Splits <paramref name="text"/> at the separators at <paramref name="separators"/> (indices of
    /// one-character separators, ascending) that are not inside quotes or brackets; the separators are dropped.
    /// </summary>
    public static List<string> SplitOutside(string text, IEnumerable<int> separators)
    {
        var mask = Mask(text);
        var parts = new List<string>();
        var start = 0;
        foreach (var at in separators.Where(at => !mask[at]))
        {
            parts.Add(text[start..at]);
            start = at + 1;
        }

        parts.Add(text[start..]);
        return parts;
    }

    /// <summary>The indices of the characters of <paramref name="text"/> that are one of <paramref name="chars"/>.</summary>
    public static IEnumerable<int> IndicesOf(string text, string chars) =>
        Enumerable.Range(0, text.Length).Where(i => chars.Contains(text[i], StringComparison.Ordinal));

    // People's, don't: an ASCII apostrophe between letters is not a quote.
    private static bool IsApostrophe(string text, int i) =>
        i > 0 && i + 1 < text.Length && char.IsAsciiLetter(text[i - 1]) && char.IsAsciiLetter(text[i + 1]);
}
