using System.Globalization;
using ReportBot.Core.Answers;
using ReportBot.Core.Templates;

namespace ReportBot.Core.WorkLog;

/// <summary>
/// What the bot answers to a logged message, in Chinese: "已记入工作记录（3月5日）：意识形态专题会议 +1", what it asks
/// about ("需要确认：…"), or why nothing was filed.
/// </summary>
public static class LogReply
{
    /// <summary>The answer, one line per date filed and per question.</summary>
    public static IReadOnlyList<string> Lines(ReportTemplate template, LogReading reading)
    {
        var lines = reading.Entries.Where(e => !e.Ask).GroupBy(e => e.Date)
            .Select(g => $"已记入工作记录（{Day(g.Key)}）：{string.Join("；", g.Select(e => Describe(template, e)))}")
            .ToList();
        lines.AddRange(reading.Entries.Where(e => e.Ask).Select(e => $"需要确认：{Describe(template, e)}——{e.Doubt}"));
        if (lines.Count == 0)
        {
            var why = reading.Notes.Count > 0 ? reading.Notes[0].Reason : null;
            lines.Add($"没有记入工作记录：没有找到《{template.Name}》要写的工作" + (why is null ? "。" : $"（{why}）。"));
        }

        return lines;
    }

    /// <summary>One entry as the user reads it: "意识形态专题会议 +1", "媒体发表信息：《红旗日报》 +1".</summary>
    public static string Describe(ReportTemplate template, LogEntry entry)
    {
        var label = Label(template, entry.SlotId);
        var number = entry.Count is { } n ? " +" + Quantity(n, entry.Qualifier) : string.Empty;
        return entry switch
        {
            { Name: { } name } => $"{label}：{name}{number}",
            { Item: { } item } => $"{label}：{item}",
            { Text: { } text } => $"{label}：{text}",
            { Value: { } value } => template.Slot(entry.SlotId).Kind == SlotKind.Percent
                ? $"{label} {value.ToString("G29", CultureInfo.InvariantCulture)}%"
                : $"{label}：{value.ToString("G29", CultureInfo.InvariantCulture)}",
            _ => label + number,
        };
    }

    /// <summary>
    /// The line a pre-filled question shows: "工作记录：3次 — 3月5日 今天下午召开意识形态专题会议…；4月2日 …".
    /// </summary>
    public static string Summary(ReportTemplate template, SlotTotal total)
    {
        var slot = template.Slot(total.SlotId);
        var what = total switch
        {
            { Pairs.Count: > 0 } => string.Join("、", total.Pairs.Select(p => $"{p.Name}{Quantity(p.Count, p.Qualifier)}{slot.Unit}")),
            { Items.Count: > 0 } => string.Join("、", total.Items),
            { Text: { } text } => text,
            { Value: { } value } => value.ToString("G29", CultureInfo.InvariantCulture) + (slot.Kind == SlotKind.Percent ? "%" : string.Empty),
            _ => Quantity(total.Count ?? 0, total.Qualifier) + slot.Unit,
        };
        return $"工作记录：{what} — {string.Join("；", total.Sources.Select(e => $"{Day(e.Date)} {Shorten(e.Source)}"))}";
    }

    /// <summary>The 显示 label of a slot; a 计数 slot without a line of its own is named after its list.</summary>
    public static string Label(ReportTemplate template, string slotId) =>
        template.LogRules.FirstOrDefault(r => r.SlotId == slotId)?.Label
        ?? (template.LogRules.FirstOrDefault(r => r.CountSlot == slotId) is { } list ? list.Label + "场次" : slotId);

    private static string Quantity(long n, CountQualifier qualifier) => qualifier switch
    {
        CountQualifier.MoreThan => $"{n}余",
        CountQualifier.About => $"约{n}",
        _ => n.ToString(CultureInfo.InvariantCulture),
    };

    private static string Shorten(string source) =>
        source.Length <= 20 ? source : source[..(char.IsHighSurrogate(source[19]) ? 19 : 20)] + "…";

    private static string Day(DateOnly date) => $"{date.Month}月{date.Day}日";
}
