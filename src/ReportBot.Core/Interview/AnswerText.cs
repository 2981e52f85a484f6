using System.Globalization;
using ReportBot.Core.Templates;

namespace ReportBot.Core.Interview;

/// <summary>Short descriptions of answers for acknowledgements, "当前答案" and the review.</summary>
public static class AnswerText
{
    /// <summary>E.g. "3次", "约50场", "98.5%", "2项：A、B", "采用模板内容".</summary>
    public static string Describe(SlotDefinition slot, SlotAnswer answer)
    {
        if (answer.Skipped)
        {
            return "（已跳过）";
        }

        var unit = slot.Unit ?? string.Empty;
        return slot.Kind switch
        {
            SlotKind.Count => $"{answer.Number}{unit}",
            SlotKind.Approx => $"{answer.Number}余{unit}",
            SlotKind.Percent => answer.Percent?.ToString("0.##", CultureInfo.InvariantCulture) + "%",
            SlotKind.List or SlotKind.Free => Items(answer.Items ?? []),
            SlotKind.Pairs => Items((answer.Pairs ?? []).Select(p => $"{p.Name} {p.Count}{unit}").ToList()),
            SlotKind.Defaults => answer.Mode switch
            {
                DefaultsMode.Replace => $"替换为{(answer.Items ?? []).Count}条自己的内容",
                DefaultsMode.Extend => $"采用模板内容，并补充{(answer.Items ?? []).Count}条",
                _ => "采用模板内容",
            },
            _ => answer.Text ?? string.Empty,
        };
    }

    private static string Items(IReadOnlyList<string> items) =>
        items.Count == 0 ? "（无）" : $"{items.Count}项：{string.Join("；", items)}";
}
