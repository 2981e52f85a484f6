using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ReportBot.Core.Interview;
using ReportBot.Core.Templates;

namespace ReportBot.Core.Slots;

/// <summary>
/// Second thoughts on the items a user wrote, before they go into a report that is read by a 党工委书记: items
/// repeated (in this list or in another list of the same report), spoken words (我们、搞了个、还不错), emoji,
/// counts in Chinese numerals, and items that are no work at all (a bare number, 是 or 否). Each is a suggestion: the user keeps the suggested wording or their own.
/// </summary>
public static partial class ItemChecks
{
    private static readonly (string Spoken, string Written)[] Spoken =
    [
        ("我们社区", "社区"), ("我们街道", "街道"), ("我们单位", "单位"), ("我们村", "村"), ("咱们", ""), ("我们", ""),
        ("搞了个", "开展了"), ("搞了一个", "开展了"), ("搞了", "开展了"), ("弄了个", "开展了"), ("弄了", "开展了"),
        ("效果还不错", "取得了良好效果"), ("效果挺好", "取得了良好效果"), ("还不错", "效果良好"), ("挺好的", "效果良好"),
        ("挺好", "效果良好"), ("蛮好", "效果良好"), ("还行", "效果较好"), ("老百姓", "群众"), ("好多人", "广大群众"),
    ];

    /// <summary>What to put back to the user about these items, or null when they can go in as written.</summary>
    public static SlotReading? Review(ReportTemplate template, SlotDefinition slot, SlotAnswer answer, IReadOnlyDictionary<string, SlotAnswer> others)
    {
        if (answer.Skipped || answer.Items is not { Count: > 0 } items)
        {
            return null;
        }

        var notes = new List<string>();
        var written = items.Select(item => Written(item, notes)).ToList();
        var stray = written.Where(TextChecks.IsStray).Distinct(StringComparer.Ordinal).ToList();
        if (stray.Count > 0)
        {
            notes.Add($"“{string.Join("”“", stray.Take(3))}”看起来不是一项工作（只有数字或“是/否”）");
        }

        var repeated = written.Count - written.Distinct(StringComparer.Ordinal).Count();
        if (repeated > 0)
        {
            notes.Add($"有{repeated}条重复");
        }

        var elsewhere = Elsewhere(template, slot, written, others);
        if (elsewhere.Count > 0)
        {
            notes.Add($"“{string.Join("”“", elsewhere.Select(e => e.Item).Distinct().Take(3))}”已经写在“{elsewhere[0].Question}”里，两处都写会重复");
        }

        var kept = written.Distinct(StringComparer.Ordinal).Where(i => !elsewhere.Any(e => e.Item == i) && !stray.Contains(i)).ToList();
        if (notes.Count == 0)
        {
            return null;
        }

        var suggested = kept.Count == 0 && answer.Mode is null or DefaultsMode.Replace && slot.Kind != SlotKind.Free
            ? SlotAnswer.Skip
            : answer with { Items = kept };
        var shown = kept.Count == 0 ? "（去掉后这一题就空了）" : string.Join("\n", kept.Select(k => "· " + k));
        return SlotReading.Choose(
            $"{string.Join("；", notes)}。建议写作：\n{shown}",
            new Candidate("用建议的写法", suggested),
            new Candidate("就按我写的", answer));
    }

    /// <summary>The item in written form; what was changed is noted once per kind of change.</summary>
    private static string Written(string item, List<string> notes)
    {
        // Names in quotes or 《》 are names ("“我们的节日”"), never rewritten.
        var text = Quoted().Replace(item, m => m.Groups["name"].Success ? m.Value : Unspoken(m.Value, notes));

        var plain = WithoutEmoji(text);
        if (plain.Length != text.Length)
        {
            text = plain.Trim();
            Note(notes, "正式文稿里不用表情符号");
        }

        var counted = ChineseCount().Replace(text, m => Digit(m.Groups["n"].Value) + m.Groups["unit"].Value);
        if (counted != text)
        {
            text = counted;
            Note(notes, "次数宜用阿拉伯数字");
        }

        var once = RepeatedSentence().Replace(text, "$1");
        if (once != text)
        {
            text = once;
            Note(notes, "有句子写了不止一遍");
        }

        return text;
    }

    private static string Unspoken(string text, List<string> notes)
    {
        foreach (var (spoken, written) in Spoken)
        {
            if (text.Contains(spoken, StringComparison.Ordinal))
            {
                text = text.Replace(spoken, written, StringComparison.Ordinal);
                Note(notes, "有的说法偏口语");
            }
        }

        return text;
    }

    /// <summary>Items this list shares with another list of the report (the same activities as 文化活动 and as 系列活动).</summary>
    private static List<(string Item, string Question)> Elsewhere(ReportTemplate template, SlotDefinition slot, List<string> items, IReadOnlyDictionary<string, SlotAnswer> others) =>
        slot.Kind is not (SlotKind.List or SlotKind.Free) ? [] : [.. template.Slots
            .Where(s => s.Id != slot.Id && s.Kind is SlotKind.List or SlotKind.Free && others.TryGetValue(s.Id, out var a) && !a.Skipped)
            .SelectMany(s => items.Where(i => others[s.Id].Items?.Contains(i, StringComparer.Ordinal) == true).Select(i => (i, s.Question)))];

    private static void Note(List<string> notes, string note)
    {
        if (!notes.Contains(note))
        {
            notes.Add(note);
        }
    }

    private static string WithoutEmoji(string text)
    {
        var output = new StringBuilder(text.Length);
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var rune = Rune.GetRuneAt(element, 0);
            var emoji = rune.Value is >= 0x1F000 and <= 0x1FAFF or >= 0x2600 and <= 0x27BF || Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherSymbol;
            if (!emoji)
            {
                output.Append(element);
            }
        }

        return output.ToString();
    }

    private static string Digit(string chinese) =>
        Answers.ChineseNumerals.TryParse(chinese, out var n) ? n.ToString(CultureInfo.InvariantCulture) : chinese;

    // A count such as "报告一次", "开展两场": not an ordinal ("第一次") and not 一次性.
    [GeneratedRegex("(?<![第每一二三四五六七八九十两])(?<n>[一二两三四五六七八九十]{1,3})(?<unit>次|场|篇|期|件)(?!性)")]
    private static partial Regex ChineseCount();

    // Quoted names, or the text between them.
    [GeneratedRegex("(?<name>“[^”]*”|《[^》]*》|\"[^\"]*\")|[^“《\"]+|.")]
    private static partial Regex Quoted();

    // The same sentence two or more times in a row.
    [GeneratedRegex("(.{4,}?[。！；])\\1+")]
    private static partial Regex RepeatedSentence();
}
