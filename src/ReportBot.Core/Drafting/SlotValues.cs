using ReportBot.Core.Interview;
using ReportBot.Core.Slots;
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
    public bool IsEmpty(string slotId) => Answer(slotId) is not { } answer || template.Slot(slotId).Handler().IsEmpty(answer);

    /// <summary>True when the slot must be answered (header slots): never dropped, shown as missing instead.</summary>
    public bool IsRequired(string slotId) => template.Slot(slotId).Required;

    /// <summary>The slot's answer as report text.</summary>
    public string Format(string slotId, string? form = null)
    {
        var slot = template.Slot(slotId);
        return Answer(slotId) is { Skipped: false } answer
            ? slot.Handler().Format(slot, answer, form)
            : slot.Required ? Missing : string.Empty;
    }
}
