using ReportBot.Core.Drafting;
using ReportBot.Core.Interview;
using ReportBot.Core.Templates;

namespace ReportBot.Core.Slots;

/// <summary>
/// The report period; the buttons are computed from today's date, any past period can be typed. Templates take
/// their time wording from it: <c>{{period.intro}}</c> ("今年上半年以来" or "2020年上半年"), <c>{{period.end}}</c>
/// ("6月底"), <c>{{period.year}}</c>, <c>{{period.spirit}}</c> (the congress and plenaries of that time).
/// </summary>
internal sealed class PeriodKind : SlotKindHandler
{
    public override SlotKind Kind => SlotKind.Period;

    public override bool NumberedOptions => true;

    public override IReadOnlyList<string> Forms => ["short", "intro", "end", "year", "spirit"];

    public override string Hint(SlotDefinition slot) => "请选择，或直接输入，如“2020年上半年”。";

    public override SlotReading Read(SlotDefinition slot, string text) => Reading(PeriodOptions.Normalize(text));

    /// <summary>A period that has not begun yet is put back to the user: a report usually looks back.</summary>
    public override SlotReading Read(SlotDefinition slot, string text, DateOnly today)
    {
        var reading = Reading(PeriodOptions.Normalize(text, today));
        return reading.Answer is { } answer && ReportPeriod.Parse(answer.Text) is { } period && period.IsFuture(today)
            ? SlotReading.Doubtful(answer, $"报告期“{period.Name}”还没有开始（从{DraftBuilder.FormatDate(period.Start)}起）。确定要写这一报告期吗？")
            : reading;
    }

    private static SlotReading Reading(string? period) => period is not null
        ? SlotReading.Ok(new SlotAnswer { Text = period })
        : SlotReading.Fail("没能识别报告期。请选择，或输入如“2020年上半年”“今年上半年”“2020年”“2020年第一季度”。");

    public override string Describe(SlotDefinition slot, SlotAnswer answer) => answer.Text ?? string.Empty;

    public override string Format(SlotDefinition slot, SlotAnswer answer, string? form, FormatContext context)
    {
        if (ReportPeriod.Parse(answer.Text) is not { } period)
        {
            return Punctuation.ToFullWidth(answer.Text ?? string.Empty);
        }

        return form switch
        {
            "short" => period.WithoutYear,
            "intro" => period.Intro(context.Today),
            "end" => period.EndOn(context.Today),
            "year" => $"{period.Year}年",
            "spirit" => PartyCongresses.Spirit(period.End),
            _ => period.Name,
        };
    }

    public override IReadOnlyList<SlotOption> Options(SlotDefinition slot, DateOnly today) =>
        PeriodOptions.For(today).Select(o => new SlotOption(o.Label, o.Value)).ToList();

    public override bool Fits(SlotDefinition slot, SlotAnswer answer) => answer.Text is not null && PeriodOptions.Normalize(answer.Text) is not null;
}
