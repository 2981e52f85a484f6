using System.Collections.Immutable;
using ReportBot.Core.Slots;
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
            var described = answer.Skipped ? "采用模板内容" : only.Handler().Describe(only, answer);
            return $"{section.ShortLabel} —— {described}（模板{only.DefaultItems.Count}条）";
        }

        // Free-item slots add to the template's own items: an empty one is "nothing to add", not a gap.
        var added = slots.Where(s => s.Kind == SlotKind.Free).Sum(s => answers.GetValueOrDefault(s.Id)?.Items?.Count ?? 0);
        var asked = slots.Where(s => s.Kind != SlotKind.Free).ToList();
        var filled = asked.Count(s => answers.TryGetValue(s.Id, out var a) && !a.IsEmpty);
        var skipped = asked.Count(s => answers.TryGetValue(s.Id, out var a) && a.IsEmpty);
        var open = asked.Count - filled - skipped;
        var line = $"{section.ShortLabel} —— " + (asked.Count == 0 ? "采用模板内容" : $"已填{filled}项");
        line += skipped > 0 ? $"，跳过或为零{skipped}项" : string.Empty;
        line += open > 0 ? $"，未答{open}项" : string.Empty;
        line += added > 0 ? $"，补充{added}条" : string.Empty;
        return line;
    }
}
