using ReportBot.Core.Drafting;
using ReportBot.Core.Interview;
using ReportBot.Core.Templates;

namespace ReportBot.Core.Slots;

/// <summary>One of the options written in the template.</summary>
internal sealed class ChoiceKind : SlotKindHandler
{
    public override SlotKind Kind => SlotKind.Choice;

    public override bool NumberedOptions => true;

    public override string Hint(SlotDefinition slot) => "请选择，或回复序号。";

    public override SlotReading Read(SlotDefinition slot, string text)
    {
        var typed = text.Trim();
        var exact = slot.Options.FirstOrDefault(o => o == typed);
        var containing = slot.Options.Where(o => typed.Length > 0 && o.Contains(typed, StringComparison.Ordinal)).ToList();
        var option = exact ?? (containing.Count == 1 ? containing[0] : null);
        return option is not null
            ? SlotReading.Ok(new SlotAnswer { Text = option })
            : SlotReading.Fail($"请从这些选项中选择：{string.Join("、", slot.Options)}。");
    }

    public override string Describe(SlotDefinition slot, SlotAnswer answer) => answer.Text ?? string.Empty;

    public override string Format(SlotDefinition slot, SlotAnswer answer, string? form, FormatContext context) => Punctuation.ToFullWidth(answer.Text ?? string.Empty);

    public override IReadOnlyList<SlotOption> Options(SlotDefinition slot, DateOnly today) =>
        slot.Options.Select(o => new SlotOption(o, o)).ToList();

    public override bool Fits(SlotDefinition slot, SlotAnswer answer) => answer.Skipped || (answer.Text is not null && slot.Options.Contains(answer.Text));
}
