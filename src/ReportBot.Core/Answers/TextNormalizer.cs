using System.Text;
using System.Text.RegularExpressions;

namespace ReportBot.Core.Answers;

/// <summary>Normalises answer text before numbers are read from it.</summary>
internal static partial class TextNormalizer
{
    private static readonly char[] TrailingPunctuation = ['。', ',', '.', ';', '!', '、', '~', ' '];

    /// <summary>
    /// Maps full-width ASCII forms (０-９, ％, ．, ：, （）, ，, －…) and the ideographic space to their
    /// half-width forms. Chinese punctuation such as “” 《》 、 。 is left alone.
    /// </summary>
    public static string ToHalfWidth(string text)
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
    /// The compact form used for numbers: half-width, all whitespace removed, and thousands separators
    /// between digits dropped ("1,200" → "1200"); a trailing 。，; or ! is dropped too.
    /// </summary>
    public static string Compact(string text)
    {
        var half = ToHalfWidth(text).Trim().TrimEnd(TrailingPunctuation);
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
