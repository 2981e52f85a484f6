using System.Text.RegularExpressions;

namespace ReportBot.Core.Answers;

/// <summary>Reads "name count" lines such as "《红旗日报》 3篇", "红旗日报：3" or "《红旗日报》，三篇".</summary>
internal static partial class PairParser
{
    public const string Example = "“《红旗日报》 3篇”";
    public const string Empty = "没有收到内容。请每行写一个名称和数量，如" + Example + "。";

    private static readonly char[] NameTrailers = [' ', '\u3000', '-', '–', '—', ':', '：', ',', '，', '、'];

    public static ParseResult<IReadOnlyList<NamedCount>> Parse(string input, string? unit)
    {
        var lines = ListParser.Lines(TextNormalizer.Clean(input))
            .SelectMany(line => line.Split(['；', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Select(ListParser.CleanItem)
            .Where(line => line.Length > 0)
            .ToList();
        if (lines.Count == 0)
        {
            return ParseResult<IReadOnlyList<NamedCount>>.Fail(Empty);
        }

        var pairs = new List<NamedCount>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var where = lines.Count == 1 ? $"“{lines[i]}”" : $"第{i + 1}行“{lines[i]}”";
            var match = PairLine().Match(lines[i]);
            if (!match.Success || !CountParser.IsUnitText(match.Groups["unit"].Value, unit))
            {
                return ParseResult<IReadOnlyList<NamedCount>>.Fail(
                    $"{where}中没有找到数量。请每行写一个名称和数量，如{Example}。");
            }

            var name = match.Groups["name"].Value.TrimEnd(NameTrailers).Trim();
            if (name.Length == 0)
            {
                return ParseResult<IReadOnlyList<NamedCount>>.Fail(
                    $"{where}缺少名称。请每行写一个名称和数量，如{Example}。");
            }

            var count = CountParser.Parse(match.Groups["count"].Value + match.Groups["unit"].Value, unit, approximate: false);
            if (!count.Success)
            {
                return ParseResult<IReadOnlyList<NamedCount>>.Fail($"{where}：{count.Error}");
            }

            pairs.Add(new NamedCount(name, count.Value));
        }

        return ParseResult<IReadOnlyList<NamedCount>>.Ok(pairs);
    }

    // name, optional separator, a count in digits or in Chinese, then measure words (or the unit) only.
    [GeneratedRegex(@"^(?<name>.*?)[\s,，:：、=＝]*(?<count>(?:[-－负])?[0-9０-９][0-9０-９,，.．]*|[零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟萬]+)\s*(?<unit>[^\s0-9０-９《》“”""（）()]{0,3}(?:[(（][^()（）]{1,3}[)）])?)$")]
    private static partial Regex PairLine();
}
