using System.Text;
using System.Text.RegularExpressions;

namespace ReportBot.Core.Answers;

/// <summary>Normalises answer text: invisible characters out, and a compact form before numbers are read.</summary>
public static partial class TextNormalizer
{
    private static readonly char[] TrailingPunctuation = ['。', ',', '.', ';', '!', '、', '~', ' '];

    /// <summary>
    /// Removes what a user cannot see but a draft would keep: bidi controls (U+202A–U+202E, U+2066–U+2069,
    /// U+200E, U+200F, U+061C), zero-width characters (U+200B–U+200D, U+2060, U+FEFF) and control characters
    /// other than line feed and tab (C0, DEL, C1). Line breaks become "\n" ("\r\n" and a lone "\r" alike).
    /// A zero-width joiner between two emoji is kept, because it is part of the emoji (👨‍👩‍👧).
    /// Everything else, Chinese text, punctuation and emoji included, passes unchanged.
    /// </summary>
    /// <param name="text">Any text from the user; null is read as empty.</param>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (!text.AsSpan().ContainsAny(InvisibleText.Unwanted))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                sb.Append('\n');
                i += i + 1 < text.Length && text[i + 1] == '\n' ? 1 : 0;
            }
            else if (!InvisibleText.Unwanted.Contains(c) || (c == '\u200D' && InvisibleText.JoinsEmoji(text, i)))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Maps full-width ASCII forms (０-９, ％, ．, ：, （）, ，, －…) and the ideographic space to their
    /// half-width forms. Chinese punctuation such as “” 《》 、 。 is left alone.
    /// </summary>
    internal static string ToHalfWidth(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                '\u2212' or '\u2014' or '\u2013' => '-',
                _ => c,
            });
        }

        return sb.ToString();
    }

    /// <summary>
    /// The compact form used for numbers: cleaned, half-width, all whitespace removed, and thousands
    /// separators between digits dropped ("1,200" → "1200"); a trailing 。，; or ! is dropped too.
    /// </summary>
    internal static string Compact(string text)
    {
        var half = ToHalfWidth(Clean(text)).Trim().TrimEnd(TrailingPunctuation);
        if (SpacedDigits().IsMatch(half))
        {
            return half; // "3 4" is two numbers, not 34; keeping the space makes it unreadable.
        }

        var noSpace = Whitespace().Replace(half, string.Empty);
        return ThousandsSeparator().Replace(noSpace, string.Empty);
    }

    [GeneratedRegex(@"\d\s+\d")]
    private static partial Regex SpacedDigits();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?<=\d),(?=\d{3}(?!\d))")]
    private static partial Regex ThousandsSeparator();
}
