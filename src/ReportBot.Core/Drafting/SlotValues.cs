using System.Globalization;
using ReportBot.Core.Interview;
using ReportBot.Core.Templates;

namespace ReportBot.Core.Drafting;

/// <summary>Prints slot answers into report prose: Arabic numerals for counts, lists joined with 、.</summary>
public sealed class SlotValues(ReportTemplate template, IReadOnlyDictionary<string, SlotAnswer> answers)
{
    /// <summary>Printed in place of a required answer that is still missing (partial drafts only).</summary>
    public const string Missing = "（待填写）";

    /// <summary>The answer to a slot, or null when it was not answered.</summary>
    public SlotAnswer? Answer(string slotId) => answers.GetValueOrDefault(slotId);

    /// <summary>True when the slot adds nothing to the report (unanswered, skipped, zero or empty).</summary>
    public bool IsEmpty(string slotId) => Answer(slotId) is not { } answer || answer.IsEmpty;

    /// <summary>True when the slot must be answered (header slots): never dropped, shown as missing instead.</summary>
    public bool IsRequired(string slotId) => template.Slot(slotId).Required;

    /// <summary>The slot's answer as report text.</summary>
    public string Format(string slotId, string? form = null)
    {
        var slot = template.Slot(slotId);
        if (Answer(slotId) is not { Skipped: false } answer)
        {
            return slot.Required ? Missing : string.Empty;
        }

        return slot.Kind switch
        {
            SlotKind.Period when form == "short" => PeriodShort(answer.Text ?? string.Empty),
            SlotKind.Text or SlotKind.Period or SlotKind.Choice => Punctuation.ToFullWidth(answer.Text ?? string.Empty),
            SlotKind.Count or SlotKind.Approx => answer.Number?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            SlotKind.Percent => answer.Percent?.ToString("0.##", CultureInfo.InvariantCulture) ?? string.Empty,
            SlotKind.List => Punctuation.JoinSeries((answer.Items ?? []).Select(Punctuation.ToFullWidth)),
            SlotKind.Pairs => FormatPairs(slot, answer),
            _ => string.Join(string.Empty, answer.Items ?? []),
        };
    }

    /// <summary>
    /// The period without its year, for "今年{{period.short}}以来": "2026年上半年" → "上半年"; a whole year or a
    /// quarter → "" ("今年以来" reads better than "今年第三季度以来").
    /// </summary>
    public static string PeriodShort(string period)
    {
        var year = period.IndexOf('年', StringComparison.Ordinal);
        var rest = year >= 0 ? period[(year + 1)..] : period;
        return rest is "上半年" or "下半年" ? rest : string.Empty;
    }

    private static string FormatPairs(SlotDefinition slot, SlotAnswer answer)
    {
        var format = slot.Extra ?? "{name}{count}" + slot.Unit;
        var printed = (answer.Pairs ?? [])
            .Where(p => p.Count > 0)
            .Select(p => format
                .Replace("{name}", Punctuation.ToFullWidth(p.Name), StringComparison.Ordinal)
                .Replace("{count}", p.Count.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        return Punctuation.JoinSeries(printed);
    }
}
