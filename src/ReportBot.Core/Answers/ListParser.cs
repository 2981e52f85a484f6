using System.Text.RegularExpressions;

namespace ReportBot.Core.Answers;

/// <summary>Splits a list answer into items and cleans each item, keeping the user's own wording.</summary>
internal static partial class ListParser
{
    public const string Empty = "没有收到任何条目。请每行写一项，如“开展专题学习”。";

    private const string TrailingMarks = "。，,；;、．";

    /// <summary>The items of a list answer; <paramref name="names"/>: a list of short names, also split at ，.</summary>
    public static ParseResult<IReadOnlyList<string>> Parse(string input, bool names = false)
    {
        var items = SplitItems(TextNormalizer.Clean(input), names)
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
    /// Several lines: one item per line. One line: items numbered in the line ("1.读书会 2.书法展", "①…②…"), or
    /// separated by ；/; or, failing that, by 、 — unless the 、 only enumerate inside one sentence
    /// ("理论学习、专题研讨等活动", or a sentence with a comma: "推动党员进网格、服务在网格，…"). A list of names is
    /// also split at ，when every piece is a short name ("绘画比赛，联谊会，灯谜会"). A separator inside quotes or
    /// brackets (“不忘初心、牢记使命”) never splits.
    /// </summary>
    private static List<string> SplitItems(string input, bool names)
    {
        var lines = Lines(input);
        if (lines.Count != 1)
        {
            return lines;
        }

        var line = lines[0];
        if (NumberedInLine(line) is { Count: > 1 } numbered)
        {
            return numbered;
        }

        if (names && line.IndexOfAny(['、', '；', ';', '。']) < 0)
        {
            var pieces = Enclosures.SplitOutside(line, Enclosures.IndicesOf(line, "，,")).Select(p => p.Trim()).ToList();
            if (pieces.Count > 1 && pieces.All(p => p.Length is > 0 and <= ShortName))
            {
                return pieces;
            }
        }

        var bySemicolon = Enclosures.SplitOutside(line, Enclosures.IndicesOf(line, "；;"))
            .Where(item => item.Trim().Length > 0)
            .ToList();
        if (bySemicolon.Count > 1)
        {
            return bySemicolon;
        }

        var byComma = Enclosures.SplitOutside(line, EnumerationComma().Matches(line).Select(m => m.Index));
        // In a list of names a closing 等 is the user's own (the template writes its own 等); in sentences it is not.
        var inlineEnumeration = (!names && byComma[^1].Contains('等', StringComparison.Ordinal)) || line.IndexOfAny(['，', ',', '。']) >= 0;
        return byComma.Count > 1 && !inlineEnumeration ? byComma : [line];
    }

    /// <summary>
    /// "1.读书会 2.书法展 3.电影放映", "（1）…（2）…", "①…②…": the pieces at markers of one style numbered 1, 2, 3…
    /// from the start of the line; null when the line is not numbered so.
    /// </summary>
    private static List<string>? NumberedInLine(string line)
    {
        var quoted = Enclosures.Mask(line);
        foreach (var style in new[] { ArabicMarker(), BracketMarker(), CircledMarker() })
        {
            // A "（2）" marker is itself a bracket pair; other markers inside quotes belong to a name.
            var markers = style.Matches(line).Where(m => style == BracketMarker() || !quoted[m.Index]).ToList();
            var numbers = markers.Select(m => MarkerNumber(m.Groups["n"].Value)).ToList();
            if (markers.Count < 2 || markers[0].Index != 0 || numbers.Where((n, i) => n != i + 1).Any())
            {
                continue;
            }

            return [.. markers.Select((m, i) => line[m.Index..(i + 1 < markers.Count ? markers[i + 1].Index : line.Length)])];
        }

        return null;
    }

    private static int MarkerNumber(string n) =>
        n.Length == 1 && n[0] is >= '\u2460' and <= '\u2473' ? n[0] - '\u2460' + 1
        : n.Length == 1 && n[0] is >= '\u2776' and <= '\u277F' ? n[0] - '\u2776' + 1
        : ChineseNumerals.TryParse(TextNormalizer.ToHalfWidth(n), out var value) ? (int)value
        : int.TryParse(TextNormalizer.ToHalfWidth(n), out var digits) ? digits : -1;

    // The longest piece between commas still read as one name of a list ("迎新春联谊会"), not a sentence.
    private const int ShortName = 12;

    // "1." "2、" "3)" at the start or after a space or punctuation; not "1.5" and not "3、4月" inside a word.
    [GeneratedRegex(@"(?<=^|[\s，,；;。])(?<n>[0-9０-９]{1,2})\s*[.．、)）](?![0-9０-９])")]
    private static partial Regex ArabicMarker();

    [GeneratedRegex(@"[(（](?<n>[0-9０-９一二三四五六七八九十]{1,3})[)）]")]
    private static partial Regex BracketMarker();

    [GeneratedRegex(@"(?<n>[\u2460-\u2473\u2776-\u277F])")]
    private static partial Regex CircledMarker();

    [GeneratedRegex(@"\r\n|\r|\n|\u2028|\u2029")]
    private static partial Regex LineBreak();

    // A 、 that is not part of a leading "1、" / "一、" number.
    [GeneratedRegex(@"(?<!^\s*[0-9０-９一二三四五六七八九十]{1,3})、")]
    private static partial Regex EnumerationComma();

    [GeneratedRegex(@"^(?:[-–—*•·●○■□◆◇▪►>]+\s*|[0-9０-９]{1,3}\s*[.．、)）:：](?![0-9０-９])\s*|[(（][0-9０-９一二三四五六七八九十]{1,3}[)）]\s*|[一二三四五六七八九十]{1,3}[、.．]\s*|第[一二三四五六七八九十0-9]{1,3}[，,、：:]\s*|[\u2460-\u2473\u2776-\u277F]\s*)")]
    private static partial Regex LeadingMarker();

}
