using System.Globalization;
using ReportBot.Core.Answers;
using ReportBot.Core.Interview;
using ReportBot.Core.Templates;

namespace ReportBot.Core.Slots;

/// <summary>
/// An approximate count: "开展宣传活动{{approx}}场". It prints "50余" for a round number (the 余 belongs to the
/// slot, not to the template) and the exact number otherwise: "52余场" is not something an office writes.
/// </summary>
internal sealed class ApproxKind : CountKind
{
    public override SlotKind Kind => SlotKind.Approx;

    public override string Hint(SlotDefinition slot) => $"请回复大约的数字，如：50（“50多{slot.Unit}”“五十余{slot.Unit}”也可以）。";

    public override SlotReading Read(SlotDefinition slot, string text)
    {
        var count = AnswerParser.ApproximateCount(text, slot.Unit);
        return count.Success ? SlotReading.Ok(new SlotAnswer { Number = count.Value }) : SlotReading.Fail(count.Error!);
    }

    public override string Describe(SlotDefinition slot, SlotAnswer answer) =>
        answer.Skipped ? "（已跳过）" : Format(slot, answer, null) + slot.Unit;

    public override string Format(SlotDefinition slot, SlotAnswer answer, string? form)
    {
        var number = answer.Number ?? 0;
        var digits = number.ToString(CultureInfo.InvariantCulture);
        return IsRound(number) ? digits + "余" : digits;
    }

    /// <summary>10, 20, 50, 300: numbers an office rounds to and writes with 余.</summary>
    public static bool IsRound(long number) => number >= 10 && number % 10 == 0;
}
