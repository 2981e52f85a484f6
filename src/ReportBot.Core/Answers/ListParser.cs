using System.Text.RegularExpressions;

namespace ReportBot.Core.Answers;

/// <summary>Splits a list answer into items and cleans each item, keeping the user's own wording.</summary>
internal static partial class ListParser
{
    public const string Empty = "没有收到任何条目。请每行写一项，如“开展专题学习”。";

    private const string TrailingMarks = "。，,；;、．";

    public static ParseResult<IReadOnlyList<string>> Parse(string input)
    {
        var items = SplitItems(TextNormalizer.Clean(input))
            .Select(CleanItem)
            .Where(item => item.Length > 0)
            .ToList();
        return items.Count == 0
            ? ParseResult<IReadOnlyList<string>>.Fail(Empty)
            : ParseResult<IReadOnlyList<string>>.Ok(items);
    }

    /// <summary>Non-empty lines of <paramref name="input"/>, trimmed (also of the ideographic space).</summary>
    public static List<string> Lines(string input) =>
        [.. LineBreak().Split(input).Select(line => line.Trim()).Where(line => line.Length > 0)];

    /// <summary>
    /// Removes a leading bullet or number ("-", "•", "1.", "1、", "（1）", "一、", "①") and a trailing
    /// 句号/逗号/分号/顿号; the rest is kept exactly as written, quotes and 《》 included.
    /// </summary>
    public static string CleanItem(string item)
    {
        var s = item.Trim();
        s = LeadingMarker().Replace(s, string.Empty, 1).Trim();
        return s[..TrimmedEnd(s)].Trim();
    }

    /// <summary>
    /// Where <paramref name="s"/> ends without its trailing 。，,；;、． whitespace and single ".": a "." right
    /// after another "." is an ellipsis and stays. A loop rather than a regex anchored at $, which tried every
    /// start of a long run of such characters (quadratic on a few thousand).
    /// </summary>
    private static int TrimmedEnd(string s)
    {
        var end = s.Length;
        while (end > 0 && (TrailingMarks.Contains(s[end - 1], StringComparison.Ordinal) || char.IsWhiteSpace(s[end - 1])
            || (s[end - 1] == '.' && !(end >= 2 && s[end - 2] == '.'))))
        {
            end--;
        }

        return end;
    }

    /// <summary>
    /// Several lines: one item per line. One line: items separated by ；/; or, failing that, by 、 —
    /// unless the 、 only enumerate inside one sentence ("理论学习、专题研讨等活动", or a sentence with a comma:
    /// "推动党员进网格、服务在网格，…"). A separator inside quotes or brackets (“不忘初心、牢记使命”) never splits.
    /// </summary>
    private static List<string> SplitItems(string input)
    {
        var lines = Lines(input);
        if (lines.Count != 1)
        {
            return lines;
        }

        var line = lines[0];
        var bySemicolon = Enclosures.SplitOutside(line, Enclosures.IndicesOf(line, "；;"))
            .Where(item => item.Trim().Length > 0)
            .ToList();
        if (bySemicolon.Count > 1)
        {
            return bySemicolon;
        }

        var byComma = Enclosures.SplitOutside(line, EnumerationComma().Matches(line).Select(m => m.Index));
        var inlineEnumeration = byComma[^1].Contains('等', StringComparison.Ordinal) || line.IndexOfAny(['，', ',', '。']) >= 0;
        return byComma.Count > 1 && !inlineEnumeration ? byComma : [line];
    }

    [GeneratedRegex(@"\r\n|\r|\n|\u2028|\u2029")]
    private static partial Regex LineBreak();

    // A 、 that is not part of a leading "1、" / "一、" number.
    [GeneratedRegex(@"(?<!^\s*[0-9０-９一二三四五六七八九十]{1,3})、")]
    private static partial Regex EnumerationComma();

    [GeneratedRegex(@"^(?:[-–—*•·●○■□◆◇▪►>]+\s*|[0-9０-９]{1,3}\s*[.．、)）:：](?![0-9０-９])\s*|[(（][0-9０-９一二三四五六七八九十]{1,3}[)）]\s*|[一二三四五六七八九十]{1,3}[、.．]\s*|第[一二三四五六七八九十0-9]{1,3}[，,、：:]\s*|[\u2460-\u2473\u2776-\u277F]\s*)")]
    private static partial Regex LeadingMarker();

}
