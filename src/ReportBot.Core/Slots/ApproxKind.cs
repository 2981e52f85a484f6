using ReportBot.Core.Answers;
using ReportBot.Core.Interview;
using ReportBot.Core.Templates;

namespace ReportBot.Core.Slots;

/// <summary>
/// An approximate count: "开展宣传活动{{approx}}场". The question asks for a rough figure, so a round answer prints
/// "50余" and "约50" prints as said; a number that is not round prints as it is: "52余场" is not something an office
/// writes. The 余 belongs to the slot, never to the template text.
/// </summary>
internal sealed class ApproxKind : CountKind
{
    public override SlotKind Kind => SlotKind.Approx;

    public override string Hint(SlotDefinition slot) => $"请回复大约的数字，如：50（“50多{slot.Unit}”“五十余{slot.Unit}”也可以）。";

    /// <summary>An exact round answer to "大约多少" is the rough figure asked for: 50 → "50余".</summary>
    protected override SlotAnswer Answer(CountReading reading) => reading.Qualifier == CountQualifier.Exact && IsRound(reading.Value)
        ? new SlotAnswer { Number = reading.Value, Qualifier = CountQualifier.MoreThan }
        : base.Answer(reading);

    /// <summary>Every qualifier prints here: "约52", "50余"; "52多" prints as 52.</summary>
    protected override bool Accepts(SlotAnswer answer) => true;
}
