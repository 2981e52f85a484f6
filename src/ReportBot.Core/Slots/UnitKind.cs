using ReportBot.Core.Drafting;
using ReportBot.Core.Interview;
using ReportBot.Core.Templates;

namespace ReportBot.Core.Slots;

/// <summary>
/// The reporting unit: its place ("红旗街道") and its party body ("党工委"), asked once and kept for the next
/// reports. Templates print it in the forms an office uses (<see cref="UnitNames"/>): the full name at first
/// mention, "街道"/"全街道"/"辖区" after it, the body's 书记 and 班子成员, the body's full name in the sign-off.
/// </summary>
internal sealed class UnitKind : SlotKindHandler
{
    public override SlotKind Kind => SlotKind.Unit;

    public override IReadOnlyList<string> Forms => UnitNames.Forms;

    public override string Hint(SlotDefinition slot) => "可以连同党组织一起写，如“红旗街道党工委”“向阳社区党委”。";

    public override SlotReading Read(SlotDefinition slot, string text)
    {
        var typed = text.Trim();
        if (typed.Length == 0)
        {
            return SlotReading.Fail("没有收到内容，请输入单位名称，如“红旗街道”。");
        }

        if (typed.Length > 60)
        {
            return SlotReading.Fail("单位名称太长了，请只写名称，如“红旗街道党工委”。");
        }

        var (place, body) = UnitNames.Split(typed);
        if (place.Length == 0)
        {
            return SlotReading.Fail($"“{typed}”是党组织，还缺单位名称。请连同单位一起写，如“向阳社区{body ?? "党委"}”。");
        }

        if (TextChecks.Doubt(place) is { } doubt)
        {
            return SlotReading.Doubtful(new SlotAnswer { Text = place, Body = body ?? UnitNames.GuessBody(place) }, doubt);
        }

        if (body is not null)
        {
            return SlotReading.Ok(new SlotAnswer { Text = place, Body = body });
        }

        // The body decides 书记、班子成员 and the sign-off: ask, with the usual one for this kind of place first.
        var guess = UnitNames.GuessBody(place);
        var candidates = UnitNames.Bodies.OrderBy(b => b == guess ? 0 : 1)
            .Select(b => new Candidate(b, new SlotAnswer { Text = place, Body = b })).ToArray();
        return SlotReading.Choose($"{place}的党组织是？（决定“书记”“班子成员”和落款的写法）", candidates);
    }

    public override string Describe(SlotDefinition slot, SlotAnswer answer) =>
        answer.Skipped ? "（已跳过）" : answer.Text + (answer.Body is { } body ? $"（{body}）" : string.Empty);

    public override string Format(SlotDefinition slot, SlotAnswer answer, string? form, FormatContext context) =>
        Punctuation.ToFullWidth(UnitNames.Form(answer.Text ?? string.Empty, answer.Body ?? UnitNames.GuessBody(answer.Text ?? string.Empty), form));

    public override bool Fits(SlotDefinition slot, SlotAnswer answer) => answer.Text is not null;
}
