using ReportBot.Core.Answers;
using ReportBot.Core.Interview;
using ReportBot.Core.Templates;

namespace ReportBot.Core.Slots;

/// <summary>
/// An approximate count: "开展宣传活动{{approx}}场". The draft says only what the user said: "50多场" or "五十余场"
/// prints "50余", "约50" or "50左右" prints "约50", and a plain "50" prints 50 — an exact answer never gains a 余.
/// "52多" prints 52: "52余场" is not something an office writes. The 余 belongs to the slot, never to the template text.
/// </summary>
internal sealed class ApproxKind : CountKind
{
    public override SlotKind Kind => SlotKind.Approx;

    public override string Hint(SlotDefinition slot) => $"请回复数字，如：50；大约的数也可以，如“50多{slot.Unit}”“50{slot.Unit}左右”。";

    /// <summary>Every qualifier prints here: "约52", "50余"; "52多" prints as 52.</summary>
    protected override bool Accepts(SlotAnswer answer) => true;
}
