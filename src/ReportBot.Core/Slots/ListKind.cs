using ReportBot.Core.Answers;
using ReportBot.Core.Drafting;
using ReportBot.Core.Interview;
using ReportBot.Core.Templates;

namespace ReportBot.Core.Slots;

/// <summary>A list of names joined with 、 in the prose: "举办了{{list}}等活动".</summary>
internal class ListKind : CollectingKind
{
    public override SlotKind Kind => SlotKind.List;

    public override string Hint(SlotDefinition slot) => "每行一项，可以分几条消息发送；全部发完后回复“完成”。";

    public override ParseResult<AnswerInProgress> Add(SlotDefinition slot, AnswerInProgress collecting, string text, AnswerLimits limits)
    {
        var items = AnswerParser.ListItems(text);
        if (!items.Success)
        {
            return ParseResult<AnswerInProgress>.Fail(items.Error!);
        }

        var total = collecting.Items.Count + items.Value!.Count;
        return Check(items.Value!.ToList(), total, limits) is { } problem
            ? ParseResult<AnswerInProgress>.Fail(problem)
            : ParseResult<AnswerInProgress>.Ok(collecting with { Items = collecting.Items.AddRange(items.Value!) });
    }

    public override SlotAnswer Finish(SlotDefinition slot, AnswerInProgress collecting) =>
        collecting.Items.IsEmpty ? SlotAnswer.Skip : new SlotAnswer { Items = collecting.Items };

    protected override ParseResult<AnswerInProgress> AddElement(SlotDefinition slot, AnswerInProgress collecting, string element, AnswerLimits limits) =>
        AddWholeItem(collecting, element, limits);

    public override AnswerInProgress Continue(SlotAnswer current) => new() { Items = [.. current.Items ?? []] };

    public override string Describe(SlotDefinition slot, SlotAnswer answer) => answer.Skipped ? "（已跳过）" : Items(answer.Items ?? []);

    public override string Format(SlotDefinition slot, SlotAnswer answer, string? form, FormatContext context) =>
        Punctuation.JoinSeries((answer.Items ?? []).Select(Punctuation.ToFullWidth));

    public override bool Fits(SlotDefinition slot, SlotAnswer answer) => answer.Skipped || (answer.Items is not null && answer.Mode is null);

    protected static string Items(IReadOnlyList<string> items) =>
        items.Count == 0 ? "（无）" : $"{items.Count}项：{string.Join("；", items)}";
}
