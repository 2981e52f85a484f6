using System.Text.RegularExpressions;

namespace ReportBot.Core.Templates;

/// <summary>
/// Lint rules on the template's own wording, the marks a reviewing 办公室主任 makes: time words that ignore the
/// period, the party body written out instead of taken from the unit, the unit's full name over and over, full-width
/// % and counts in Chinese numerals.
/// </summary>
internal static partial class ProseRules
{
    /// <summary>At most this many full-name mentions of the unit in the body; after the first, a 公文 says 街道/辖区.</summary>
    public const int FullNameMentions = 2;

    private static readonly (Regex Pattern, string Message)[] Rules =
    [
        (Today(), "“今年”只适合当年的报告：请写 {{period.intro}}（“今年上半年以来”或“2020年上半年”）或 {{period.year}}"),
        (UpToNow(), "“截至目前”要随报告期：请写“截至{{period.end}}”（如“截至6月底”）"),
        (WideFull(), "百分号请用半角“%”（GB/T 15835）"),
        (ChineseCount(), "次数用阿拉伯数字（GB/T 15835），如“1次”"),
    ];

    public static void Check(ParseContext context)
    {
        var units = context.Slots.Where(s => s.Kind == SlotKind.Unit).Select(s => s.Id).ToList();
        var lines = context.Source.Text.Split('\n');
        var (inFront, inFence, afterTitle, mentions) = (false, false, false, new Dictionary<string, int>());
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Trim() == "---" && (i == 0 || inFront))
            {
                inFront = i == 0;
                continue;
            }

            inFence ^= line.TrimStart().StartsWith("```", StringComparison.Ordinal);
            if (inFront || inFence || line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                afterTitle = true;
                continue;
            }

            var prose = SlotText().Replace(line, m => new string('　', m.Length));
            foreach (var (pattern, message) in Rules)
            {
                if (pattern.IsMatch(prose))
                {
                    context.ErrorAtLine(i + 1, message);
                }
            }

            if (units.Count > 0 && prose.Contains("党工委", StringComparison.Ordinal))
            {
                context.ErrorAtLine(i + 1, "党组织的名称随单位而定（街道是党工委，社区是党委…）：请写 {{unit.body}}、{{unit.secretary}}、{{unit.leaders}} 或 {{unit.group}}");
            }

            foreach (var unit in units)
            {
                CheckUnit(context, line, unit, i + 1, afterTitle, mentions);
            }
        }
    }

    private static void CheckUnit(ParseContext context, string line, string unit, int number, bool afterTitle, Dictionary<string, int> mentions)
    {
        foreach (Match match in Regex.Matches(line, $@"\{{\{{(?:unit\s+)?{Regex.Escape(unit)}(?:\s*\|[^}}]*)?\}}\}}(?<after>党工委|党委|党总支|党支部)?"))
        {
            if (match.Groups["after"].Success)
            {
                context.ErrorAtLine(number, $"“{{{{{unit}}}}}{match.Groups["after"].Value}”会写成“红旗街道党委”一类：请写 {{{{{unit}.party}}}}（单位和它的党组织）");
            }

            if (afterTitle && (mentions[unit] = mentions.GetValueOrDefault(unit) + 1) == FullNameMentions + 1)
            {
                context.ErrorAtLine(number, $"单位全称在正文里出现了{FullNameMentions}次以上：第一次之后请写 {{{{{unit}.short}}}}（街道）、{{{{{unit}.all}}}}（全街道）或 {{{{{unit}.here}}}}（辖区）");
            }
        }
    }

    [GeneratedRegex(@"\{\{[^}]*\}\}")]
    private static partial Regex SlotText();

    [GeneratedRegex("今年")]
    private static partial Regex Today();

    [GeneratedRegex("截至目前|截止目前")]
    private static partial Regex UpToNow();

    [GeneratedRegex("％")]
    private static partial Regex WideFull();

    [GeneratedRegex("(?<![第每一])[一二两三四五六七八九十]次(?!性|序|会)")]
    private static partial Regex ChineseCount();
}
