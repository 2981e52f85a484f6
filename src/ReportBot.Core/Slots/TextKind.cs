using ReportBot.Core.Drafting;
using ReportBot.Core.Interview;
using ReportBot.Core.Templates;

namespace ReportBot.Core.Slots;

/// <summary>Free text such as the unit's name or a theme; defined once and reused by reference.</summary>
internal sealed class TextKind : SlotKindHandler
{
    /// <summary>The longest text answer; a name or a theme is short.</summary>
    public const int MaxLength = 200;

    public override SlotKind Kind => SlotKind.Text;

    public override string Hint(SlotDefinition slot) => string.Empty;

    public override SlotReading Read(SlotDefinition slot, string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return SlotReading.Fail("没有收到内容，请直接输入文字。");
        }

        if (trimmed.Length > MaxLength)
        {
            return SlotReading.Fail($"内容太长了（超过{MaxLength}字），请简短一些。");
        }

        var (tidied, note) = TemplateContext.StripRepeats(slot, trimmed);
        var answer = new SlotAnswer { Text = tidied };
        return TextChecks.Doubt(tidied) is { } doubt ? SlotReading.Doubtful(answer, doubt) : SlotReading.Ok(answer, note);
    }

    public override string Describe(SlotDefinition slot, SlotAnswer answer) => answer.Skipped ? "（已跳过）" : answer.Text ?? string.Empty;

    public override string Format(SlotDefinition slot, SlotAnswer answer, string? form, FormatContext context) => Punctuation.ToFullWidth(answer.Text ?? string.Empty);

    public override bool Fits(SlotDefinition slot, SlotAnswer answer) => answer.Skipped || answer.Text is not null;
}
