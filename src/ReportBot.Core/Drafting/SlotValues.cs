using ReportBot.Core.Interview;
using ReportBot.Core.Slots;
using ReportBot.Core.Templates;

namespace ReportBot.Core.Drafting;

/// <summary>Prints slot answers into report prose: Arabic numerals for counts, lists joined with 、.</summary>
public sealed class SlotValues(ReportTemplate template, IReadOnlyDictionary<string, SlotAnswer> answers, DateOnly today)
{
    private readonly FormatContext _context = new(today);

    /// <summary>Printed in place of a required answer that is still missing (partial drafts only).</summary>
    public const string Missing = "（待填写）";

    /// <summary>The answer to a slot, or null when it was not answered.</summary>
    public SlotAnswer? Answer(string slotId) => answers.GetValueOrDefault(slotId);

    /// <summary>True when the slot adds nothing to the report (unanswered, skipped, zero or empty).</summary>
    public bool IsEmpty(string slotId) => Answer(slotId) is not { } answer || template.Slot(slotId).Handler().IsEmpty(answer);

    /// <summary>True when the slot must be answered (header slots): never dropped, shown as missing instead.</summary>
    public bool IsRequired(string slotId) => template.Slot(slotId).Required;

    /// <summary>
    /// True when the condition holds: "" — answered and not zero or empty; "!" — the opposite; a comparison with the
    /// number (count, percent, yes = 1) or the text. An unanswered or skipped slot satisfies only "!".
    /// </summary>
    public bool Holds(ConditionPart condition)
    {
        var answered = Answer(condition.SlotId) is { Skipped: false } answer ? answer : null;
        if (condition.Operator is "" or "!")
        {
            return (answered is not null && !IsEmpty(condition.SlotId)) == (condition.Operator == "");
        }

        if (answered is null)
        {
            return false;
        }

        var number = answered.Number is { } n ? n : answered.Percent;
        if (condition.Operator is "=" or "!=")
        {
            return Same(answered, number, condition.Value) == (condition.Operator == "=");
        }

        if (number is null || ConditionSpec.Number(condition.Value) is not { } value)
        {
            return false;
        }

        return condition.Operator switch
        {
            "<" => number < value,
            "<=" => number <= value,
            ">" => number > value,
            _ => number >= value,
        };
    }

    private static bool Same(SlotAnswer answer, decimal? number, string value) =>
        number is not null && ConditionSpec.Number(value) is { } n ? number == n : answer.Text == value;

    /// <summary>The slot's answer as report text.</summary>
    public string Format(string slotId, string? form = null)
    {
        var slot = template.Slot(slotId);
        return Answer(slotId) is { Skipped: false } answer
            ? slot.Handler().Format(slot, answer, form, _context)
            : slot.Required ? Missing : string.Empty;
    }
}
