using System.Collections.Immutable;
using ReportBot.Core.Templates;

namespace ReportBot.Core.Interview;

/// <summary>The review after the last question: one line per section saying what was filled.</summary>
internal static class ReviewSummary
{
    public static IReadOnlyList<string> Lines(ReportTemplate template, ImmutableDictionary<string, SlotAnswer> answers) =>
        template.Slots
            .GroupBy(s => s.Section.Key)
            .Select(group => Line(group.First().Section, group.ToList(), answers))
            .ToList();

    private static string Line(SectionRef section, List<SlotDefinition> slots, ImmutableDictionary<string, SlotAnswer> answers)
    {
        if (slots is [{ Kind: SlotKind.Defaults } only])
        {
            var answer = answers.GetValueOrDefault(only.Id) ?? new SlotAnswer { Mode = DefaultsMode.Keep };
            var described = answer.Skipped ? "采用模板内容" : AnswerText.Describe(only, answer);
            return $"{section.ShortLabel} —— {described}（模板{only.DefaultItems.Count}条）";
        }

        var filled = slots.Count(s => answers.TryGetValue(s.Id, out var a) && !a.IsEmpty);
        var skipped = slots.Count(s => answers.TryGetValue(s.Id, out var a) && a.IsEmpty);
        var open = slots.Count - filled - skipped;
        var line = $"{section.ShortLabel} —— 已填{filled}项";
        line += skipped > 0 ? $"，跳过或为零{skipped}项" : string.Empty;
        line += open > 0 ? $"，未答{open}项" : string.Empty;
        return line;
    }
}
