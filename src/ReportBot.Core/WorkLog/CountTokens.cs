using System.Text.RegularExpressions;
using ReportBot.Core.Answers;

namespace ReportBot.Core.WorkLog;

/// <summary>
/// Finds the numbers of a clause that may be counts: numerals (Chinese or Arabic) followed by a measure word, outside
/// quotes and brackets. Ordinals (第二次, 第37个) are skipped; what the measure word says decides the rest (120人 and
/// 500份 are never counts of events).
/// </summary>
internal static partial class CountTokens
{
    public static List<CountToken> Find(MessageText text, Span clause)
    {
        var half = text.Half;
        var tokens = new List<CountToken>();
        var previousEnd = clause.Start;
        for (var i = clause.Start; i < clause.End; i++)
        {
            if (text.Enclosed[i] || !ChineseNumerals.IsNumeralChar(half[i]))
            {
                continue;
            }

            var start = i;
            while (i + 1 < clause.End && ChineseNumerals.IsNumeralChar(half[i + 1]) && !text.Enclosed[i + 1])
            {
                i++;
            }

            if (Read(half, clause, start, i + 1, previousEnd) is { } token)
            {
                tokens.Add(token);
                previousEnd = token.At.End;
                i = token.At.End - 1;
            }
        }

        foreach (Match vague in VagueCount().Matches(half[clause.Start..clause.End]))
        {
            var at = clause.Start + vague.Index;
            if (!text.Enclosed[at])
            {
                tokens.Add(new CountToken(new Span(at, at + vague.Length), null, vague.Groups["unit"].Value, CountQualifier.About, IsTotal: false, IsVague: true));
            }
        }

        return tokens.OrderBy(t => t.At.Start).ToList();
    }

    private static CountToken? Read(string half, Span clause, int start, int end, int previousEnd)
    {
        if (start > clause.Start && half[start - 1] == '第')
        {
            return null; // 第二次集中学习 is one study session; 第37个国际禁毒日 is a name
        }

        if (!ChineseNumerals.TryParse(half[start..end], out var value))
        {
            return null;
        }

        var qualifier = CountQualifier.Exact;
        var at = SkipSpaces(half, end, clause.End); // "5 场" as typed on a phone
        var vague = false;
        if (at < clause.End && half[at] is '余' or '多' or '来' or '几')
        {
            (qualifier, vague) = (CountQualifier.MoreThan, half[at] == '几'); // 十几场 is not 10 or more of anything exact
            at = SkipSpaces(half, at + 1, clause.End);
        }

        var length = CountWords.MeasureLength(half.AsSpan(at, clause.End - at), null);
        if (length == 0)
        {
            return null;
        }

        var written = half.Substring(at, length);
        if (half[start..end] == "一" && written == "起" && Together().IsMatch(half[(at + length)..clause.End]))
        {
            return null; // 与民警一起调解: "together", not one case
        }

        var unit = written.Split('(')[0];
        at += length;
        at += CountWords.AfterLength(half.AsSpan(at, clause.End - at), ref qualifier);
        var before = half[previousEnd..start];
        CountWords.StripBefore(before, ref qualifier);
        CountWords.StripAnywhere(before, ref qualifier);
        var total = TotalWord().IsMatch(before);
        vague |= CountWords.IsVague(before, half[start..end]); // 数十次 is "dozens"

        // 每周一次 and 各1次 are rates, not totals.
        vague |= half[clause.Start..start].Contains('每', StringComparison.Ordinal) || before.EndsWith('各');
        return new CountToken(new Span(start, at), value, unit, qualifier, total, vague);
    }

    private static int SkipSpaces(string s, int at, int end)
    {
        while (at < end && s[at] == ' ')
        {
            at++;
        }

        return at;
    }

    [GeneratedRegex("^(?:开展|调解|调处|化解|排查|参加|参与|组织|走访|入户|学习|观看|到|去|来|做|为|对|与|和|把|将|商量|研究|处理)")]
    private static partial Regex Together();

    [GeneratedRegex("共|合计|累计|总计")]
    private static partial Regex TotalWord();

    [GeneratedRegex(@"(?<![\d零〇一二两三四五六七八九十百千万])(?:多|若干|数|好几|屡)(?<unit>次|场|篇|件|期)")]
    private static partial Regex VagueCount();
}
