using System.Globalization;
using System.Text.Json;
using ReportBot.Core.Answers;
using ReportBot.Core.Interview;
using ReportBot.Core.Templates;

namespace ReportBot.Core.Slots;

/// <summary>A whole number ≥ 0 with its measure word: "召开会议{{count}}次".</summary>
internal class CountKind : SlotKindHandler
{
    public override SlotKind Kind => SlotKind.Count;

    public override string Hint(SlotDefinition slot) => $"请回复数字，如：3（或“三{slot.Unit}”）。";

    public override SlotReading Read(SlotDefinition slot, string text)
    {
        var count = AnswerParser.Count(text, slot.Unit);
        return count.Success ? SlotReading.Ok(new SlotAnswer { Number = count.Value }) : SlotReading.Fail(count.Error!);
    }

    public override string Describe(SlotDefinition slot, SlotAnswer answer) => answer.Skipped ? "（已跳过）" : $"{answer.Number}{slot.Unit}";

    public override string Format(SlotDefinition slot, SlotAnswer answer, string? form) =>
        answer.Number?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    public override bool Fits(SlotDefinition slot, SlotAnswer answer) => answer.Skipped || answer.Number is not null;

    public override SlotReading FromJson(SlotDefinition slot, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            return base.FromJson(slot, value);
        }

        return value.TryGetInt64(out var number)
            ? Read(slot, number.ToString(CultureInfo.InvariantCulture))
            : Read(slot, value.GetRawText());
    }
}
