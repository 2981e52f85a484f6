using System.Text.RegularExpressions;

namespace ReportBot.Core.Answers;

/// <summary>
/// Reads "name count" pairs such as "《红旗日报》 3篇", "红旗日报：3", "《红旗日报》，三篇" or "今日头条 约10篇",
/// one per line or several on one line.
/// </summary>
internal static partial class PairParser
{
    public const string Example = "“《红旗日报》 3篇”";
    public const string Empty = "没有收到内容。请每行写一个名称和数量，如" + Example + "。";

    private static readonly char[] NameTrailers = [' ', '\t', '\u3000', '-', '–', '—', ':', '：', ',', '，', '、', '=', '＝'];

    public static ParseResult<IReadOnlyList<NamedCount>> Parse(string input, string? unit)
    {
        var lines = ListParser.Lines(TextNormalizer.Clean(input)).Select(ListParser.CleanItem).ToList();
        var pieces = lines
            .SelectMany(line => Enclosures.SplitOutside(line, Enclosures.IndicesOf(line, "；;")))
            .SelectMany(part => PairSplitter.Split(part.Trim(), unit))
            .Select(ListParser.CleanItem)
            .Where(piece => piece.Length > 0)
            .ToList();
        if (pieces.Count == 0)
        {
            return ParseResult<IReadOnlyList<NamedCount>>.Fail(Empty);
        }

        // "第2行" while each line holds one pair; "第2条" once a line holds several.
        var noun = pieces.Count == lines.Count ? "行" : "条";
        var pairs = new List<NamedCount>(pieces.Count);
        for (var i = 0; i < pieces.Count; i++)
        {
            var where = pieces.Count == 1 ? $"“{pieces[i]}”" : $"第{i + 1}{noun}“{pieces[i]}”";
            var pair = ReadPair(pieces[i], unit);
            if (!pair.Success)
            {
                return ParseResult<IReadOnlyList<NamedCount>>.Fail(where + pair.Error);
            }

            pairs.Add(pair.Value!);
        }

        return ParseResult<IReadOnlyList<NamedCount>>.Ok(pairs);
    }

    /// <summary>
    /// One pair; the error, if any, continues a sentence that starts with the pair's place. "《A》 第3篇" is
    /// an ordinal (the third article), not a count.
    /// </summary>
    private static ParseResult<NamedCount> ReadPair(string piece, string? unit)
    {
        var match = PairLine().Match(piece);
        var unitText = match.Success ? CountWords.StripTrailingQualifier(match.Groups["unit"].Value) : string.Empty;
        if (!match.Success || !CountParser.IsUnitText(unitText, unit) || match.Groups["name"].Value.EndsWith('第'))
        {
            return ParseResult<NamedCount>.Fail($"中没有找到数量。请每行写一个名称和数量，如{Example}。");
        }

        var name = NameOnly(match.Groups["name"].Value.TrimEnd(NameTrailers).Trim());
        if (name.Length == 0)
        {
            return ParseResult<NamedCount>.Fail($"缺少名称。请每行写一个名称和数量，如{Example}。");
        }

        var count = CountReader.Read(match.Groups["count"].Value, unit);
        if (RangeStart().IsMatch(name) || count.Value?.RangeLow is not null)
        {
            return ParseResult<NamedCount>.Fail($"的数量是个范围，报告里要写一个数，如{Example}。");
        }

        return count.Success
            ? ParseResult<NamedCount>.Ok(new NamedCount(name, count.Value!.Value, count.Value.Qualifier))
            : ParseResult<NamedCount>.Fail("：" + count.Error);
    }

    /// <summary>
    /// The name without the sentence around it, which the template writes itself: "在《红旗日报》发表信息" and
    /// "《红旗日报》刊发" are 《红旗日报》 ("先后在在《红旗日报》发表信息发表信息3篇" was printed).
    /// </summary>
    private static string NameOnly(string name)
    {
        var verb = TrailingVerb().Match(name);
        var bare = verb.Success && verb.Index > 0 ? name[..verb.Index].TrimEnd(NameTrailers).Trim() : name;
        bare = verb.Success && verb.Index > 0 && bare.Length > 1 && bare.EndsWith('上') ? bare[..^1] : bare;
        var lead = LeadingPreposition().Match(bare);
        return lead.Success && lead.Length < bare.Length ? bare[lead.Length..].Trim() : bare;
    }

    // A name that ends with the start of a range: "人民网 2到" of "人民网 2到3篇".
    [GeneratedRegex(@"[\s0-9０-９零〇一二两三四五六七八九十](?:到|至|或|-|－|~|～|—)$")]
    private static partial Regex RangeStart();

    [GeneratedRegex(@"^(?:在|于|向|通过|经)\s*")]
    private static partial Regex LeadingPreposition();

    [GeneratedRegex(@"\s*(?:共|累计|先后)?\s*(?:发表|刊发|刊登|刊载|登载|发布|推送|上稿|报道|采用|转载)了?\s*(?:各类)?(?:信息|稿件|文章|新闻|宣传稿|报道)?\s*(?:共|累计)?$")]
    private static partial Regex TrailingVerb();

    // The name, then the count: a qualifier before it (约), the number in digits or in Chinese, 余/多/来, and
    // measure words (or the unit) only, with 左右/上下/以上 after them. The separator between them stays in
    // the name and is trimmed off. The count starts on a qualifier, sign or digit, never on a space, so the
    // lazy name cannot try every split of a long run of spaces (that took seconds on 4,000 spaces).
    [GeneratedRegex(@"^(?<name>.*?)(?<count>(?:(?:大约|大概|将近|接近|超过|约|近|逾)\s*)?(?:[-－负]\s*)?(?:[0-9０-９][0-9０-９,，.．]*|[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬]+)\s*[余多来]?\s*(?<unit>[^\s0-9０-９《》“”""（）()]{0,3}(?:[(（][^()（）]{1,3}[)）])?))$")]
    private static partial Regex PairLine();
}
