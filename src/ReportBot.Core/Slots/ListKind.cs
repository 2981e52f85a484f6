using System.Text.RegularExpressions;
using ReportBot.Core.Answers;
using ReportBot.Core.Drafting;
using ReportBot.Core.Interview;
using ReportBot.Core.Templates;

namespace ReportBot.Core.Slots;

/// <summary>A list of names joined with 、 in the prose: "举办了{{list}}等活动".</summary>
internal partial class ListKind : CollectingKind
{
    public override SlotKind Kind => SlotKind.List;

    public override string Hint(SlotDefinition slot) => "每行一项，可以分几条消息发送；全部发完后回复“完成”。";

    public override ParseResult<AnswerInProgress> Add(SlotDefinition slot, AnswerInProgress collecting, string text, AnswerLimits limits)
    {
        // A list of names (not the sentences of a free list) may be typed with ，between them.
        var items = AnswerParser.ListItems(text, names: Kind == SlotKind.List);
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

    public override string Format(SlotDefinition slot, SlotAnswer answer, string? form, FormatContext context)
    {
        var items = (answer.Items ?? []).Select(Punctuation.ToFullWidth).ToList();
        if (slot.TextAfter.StartsWith('等') && items.Count > 0)
        {
            // The template says 等 itself: "绘画比赛等" would print "绘画比赛等等文化活动".
            items[^1] = TrailingEtc().Replace(items[^1], string.Empty).TrimEnd('，', '、', ' ') is { Length: > 0 } bare ? bare : items[^1];
        }

        return Punctuation.JoinSeries(items);
    }

    public override bool Fits(SlotDefinition slot, SlotAnswer answer) => answer.Skipped || (answer.Items is not null && answer.Mode is null);

    protected static string Items(IReadOnlyList<string> items) =>
        items.Count == 0 ? "（无）" : $"{items.Count}项：{string.Join("；", items)}";

    // 等 or 等等 closing an item, with the kind of work it sums up ("等活动", "等系列活动"); not 平等, 同等, 中等.
    [GeneratedRegex(@"(?<![平同相对均初高中上下次劣何超])等{1,2}(?:[\u4e00-\u9fff]{0,4}(?:活动|工作|形式))?$")]
    private static partial Regex TrailingEtc();
}
