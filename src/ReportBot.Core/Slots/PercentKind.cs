using System.Globalization;
using System.Text.Json;
using ReportBot.Core.Answers;
using ReportBot.Core.Interview;
using ReportBot.Core.Templates;

namespace ReportBot.Core.Slots;

/// <summary>A percentage between 0 and 100; the template writes the % sign.</summary>
internal sealed class PercentKind : SlotKindHandler
{
    public override SlotKind Kind => SlotKind.Percent;

    public override string Hint(SlotDefinition slot) => "请回复百分比，如：98%。";

    public override SlotReading Read(SlotDefinition slot, string text)
    {
        var percent = AnswerParser.Percent(text);
        return percent.Success ? SlotReading.Ok(new SlotAnswer { Percent = percent.Value }) : SlotReading.Fail(percent.Error!);
    }

    public override string Describe(SlotDefinition slot, SlotAnswer answer) =>
        answer.Skipped ? "（已跳过）" : Format(slot, answer, null, FormatContext.Undated) + "%";

    public override string Format(SlotDefinition slot, SlotAnswer answer, string? form, FormatContext context) =>
        answer.Percent?.ToString("0.##", CultureInfo.InvariantCulture) ?? string.Empty;

    public override bool Fits(SlotDefinition slot, SlotAnswer answer) => answer.Skipped || answer.Percent is not null;

    public override SlotReading FromJson(SlotDefinition slot, JsonElement value) => value.ValueKind == JsonValueKind.Number
        ? Read(slot, value.GetRawText())
        : base.FromJson(slot, value);
}
