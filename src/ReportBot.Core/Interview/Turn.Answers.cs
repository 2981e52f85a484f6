using ReportBot.Core.Answers;
using ReportBot.Core.Templates;

namespace ReportBot.Core.Interview;

/// <summary>Answers to the current question: typed text, options, 保持不变, 跳过, 完成.</summary>
internal sealed partial class Turn
{
    private SlotDefinition Current => RequiredTemplate.Slots[Session.Position];

    private void Answer(string text)
    {
        var slot = Current;
        if (slot.Kind == SlotKind.Defaults && Session.PendingMode is null)
        {
            Reject("请先选择：采用模板内容、替换为我的内容，或在模板基础上补充（可回复序号 1、2、3）。");
            return;
        }

        if (slot.IsMultiMessage || slot.Kind == SlotKind.Defaults)
        {
            Collect(slot, text);
            return;
        }

        if (text.Trim().Contains('\n', StringComparison.Ordinal))
        {
            Reject("一次只回答一个问题：这里请只回复一个答案。如果粘贴了几题的答案，请逐条发送。");
            return;
        }

        var parsed = Parse(slot, text.Trim());
        if (parsed.Success)
        {
            Store(slot, parsed.Value!);
        }
        else
        {
            Reject(parsed.Error!);
        }
    }

    private static ParseResult<SlotAnswer> Parse(SlotDefinition slot, string text)
    {
        switch (slot.Kind)
        {
            case SlotKind.Count:
                return Map(AnswerParser.Count(text, slot.Unit), n => new SlotAnswer { Number = n });
            case SlotKind.Approx:
                return Map(AnswerParser.ApproximateCount(text, slot.Unit), n => new SlotAnswer { Number = n });
            case SlotKind.Percent:
                return Map(AnswerParser.Percent(text), p => new SlotAnswer { Percent = p });
            case SlotKind.Period:
                return PeriodOptions.Normalize(text) is { } period
                    ? ParseResult<SlotAnswer>.Ok(new SlotAnswer { Text = period })
                    : ParseResult<SlotAnswer>.Fail("没能识别报告期。请点选，或输入如“2020年上半年”“2020年”“2020年第一季度”。");
            case SlotKind.Choice:
                var option = slot.Options.FirstOrDefault(o => o.Contains(text, StringComparison.Ordinal));
                return option is not null && text.Length > 0
                    ? ParseResult<SlotAnswer>.Ok(new SlotAnswer { Text = option })
                    : ParseResult<SlotAnswer>.Fail($"请从这些选项中选择：{string.Join("、", slot.Options)}。");
            default:
                return text.Length switch
                {
                    0 => ParseResult<SlotAnswer>.Fail("没有收到内容，请直接输入文字。"),
                    > 200 => ParseResult<SlotAnswer>.Fail("内容太长了（超过200字），请简短一些。"),
                    _ => ParseResult<SlotAnswer>.Ok(new SlotAnswer { Text = text }),
                };
        }
    }

    private static ParseResult<SlotAnswer> Map<T>(ParseResult<T> result, Func<T, SlotAnswer> map) =>
        result.Success ? ParseResult<SlotAnswer>.Ok(map(result.Value!)) : ParseResult<SlotAnswer>.Fail(result.Error!);

    private void Collect(SlotDefinition slot, string text)
    {
        if (AnswerParser.IsDoneWord(text))
        {
            Done();
            return;
        }

        if (slot.Kind == SlotKind.Pairs)
        {
            var pairs = AnswerParser.Pairs(text, slot.Unit);
            if (!pairs.Success)
            {
                Reject(pairs.Error!);
                return;
            }

            Session = Session with { PendingPairs = Session.PendingPairs.AddRange(pairs.Value!), Failures = 0 };
        }
        else
        {
            var items = AnswerParser.ListItems(text);
            if (!items.Success)
            {
                Reject(items.Error!);
                return;
            }

            Session = Session with { PendingItems = Session.PendingItems.AddRange(items.Value!), Failures = 0 };
        }

        var total = Session.PendingItems.Count + Session.PendingPairs.Count;
        Say(new TextReply($"已记录{total}条。还有吗？没有请回复“完成”。", [Presenter.Choice("完成", "done")]));
    }

    private void Done()
    {
        var slot = Current;
        if (!slot.IsMultiMessage && slot.Kind != SlotKind.Defaults)
        {
            Say(Presenter.Current());
            return;
        }

        var items = Session.PendingItems;
        switch (slot.Kind)
        {
            case SlotKind.Defaults when Session.PendingMode is null or DefaultsMode.Keep || items.IsEmpty:
                Store(slot, new SlotAnswer { Mode = DefaultsMode.Keep }, items.IsEmpty && Session.PendingMode is not null ? "没有收到新的内容，仍采用模板内容。" : null);
                break;
            case SlotKind.Defaults:
                Store(slot, new SlotAnswer { Mode = Session.PendingMode, Items = items });
                break;
            case SlotKind.Pairs when Session.PendingPairs.IsEmpty:
            case SlotKind.List when items.IsEmpty:
                Store(slot, SlotAnswer.Skip, "没有填写内容，本题已跳过。");
                break;
            case SlotKind.Pairs:
                Store(slot, new SlotAnswer { Pairs = Session.PendingPairs });
                break;
            default:
                Store(slot, new SlotAnswer { Items = items }, items.IsEmpty ? "好的，没有补充。" : null);
                break;
        }
    }

    private void AnswerOption(int index)
    {
        var slot = Current;
        var value = slot.Kind == SlotKind.Period
            ? PeriodOptions.For(_today).ElementAtOrDefault(index).Value
            : slot.Options.ElementAtOrDefault(index);
        if (value is null)
        {
            Say(Presenter.Current(Messages.StaleButton));
            return;
        }

        Store(slot, new SlotAnswer { Text = value });
    }

    private void ChooseMode(DefaultsMode mode)
    {
        if (Current.Kind != SlotKind.Defaults)
        {
            Say(Presenter.Current(Messages.StaleButton));
            return;
        }

        if (mode == DefaultsMode.Keep)
        {
            Store(Current, new SlotAnswer { Mode = DefaultsMode.Keep });
            return;
        }

        Change(s => s with { PendingMode = mode, PendingItems = [], Failures = 0 });
        Say(Presenter.Current());
    }

    private void Keep()
    {
        if (!Session.Answers.ContainsKey(Current.Id))
        {
            Say(Presenter.Current(Messages.StaleButton));
            return;
        }

        Change(s => s with { History = s.History.Add(s.Position), Failures = 0, PendingItems = [], PendingPairs = [], PendingMode = null });
        Advance("保持不变。");
    }

    private void Skip()
    {
        if (Current.Required)
        {
            Say(Presenter.Current("这一项是报告的基本信息，不能跳过，请填写。"));
            return;
        }

        Store(Current, SlotAnswer.Skip, "已跳过。以后可以用 /edit 补充。");
    }

    private void Store(SlotDefinition slot, SlotAnswer answer, string? acknowledgement = null)
    {
        Change(s => s with
        {
            Answers = s.Answers.SetItem(slot.Id, answer),
            History = s.History.Add(s.Position),
            Failures = 0,
            PendingItems = [],
            PendingPairs = [],
            PendingMode = null,
        });
        Advance(acknowledgement ?? "已记录：" + AnswerText.Describe(slot, answer) + "。");
    }

    private void Reject(string error)
    {
        Session = Session with { Failures = Session.Failures + 1 };
        var help = Session.Failures switch
        {
            2 => "\n提示：也可以发送 /back 回到上一题，或 /help 查看说明。",
            >= 3 when !Current.Required => "\n如果暂时不清楚，可以点“跳过”（或发送 /skip），以后再用 /edit 补充。",
            _ => string.Empty,
        };
        var choices = Presenter.Question(RequiredTemplate, null).Choices;
        Say(new TextReply(error + help, choices));
    }

    private void Advance(string lead)
    {
        var slots = RequiredTemplate.Slots;
        if (Session.EditSection is { } key)
        {
            var next = Enumerable.Range(Session.Position + 1, slots.Count - Session.Position - 1).FirstOrDefault(i => slots[i].Section.Key == key, -1);
            if (next >= 0)
            {
                Session = Session with { Position = next };
                Say(Presenter.Current(lead));
                return;
            }

            FinishEdit(lead);
            return;
        }

        var following = Session.FillingGaps
            ? Enumerable.Range(0, slots.Count).FirstOrDefault(i => !Session.Answers.ContainsKey(slots[i].Id), -1)
            : Session.Position + 1 < slots.Count ? Session.Position + 1 : -1;
        if (following >= 0)
        {
            Session = Session with { Position = following };
            Say(Presenter.Current(lead));
            return;
        }

        Session = Session with { FillingGaps = false };

        _machine.Fire(Trigger.AllAnswered);
        Say(Presenter.Current(lead));
    }

    private void FinishEdit(string lead)
    {
        var backToQuestions = Session.ReturnPhase == Phase.Asking;
        Session = Session with { EditSection = null, Position = backToQuestions ? Session.ResumePosition : Session.Position, History = [] };
        _machine.Fire(Trigger.EditDone);
        if (backToQuestions)
        {
            Say(Presenter.Current(lead + "\n这一部分已修改完毕，我们回到刚才的问题。"));
            return;
        }

        Archive();
        Say(new DraftReply(BuildDraft(), Complete: true));
        Say(new TextReply(lead + "\n已根据修改重新生成草稿。还要修改其他部分吗？", [Presenter.Choice("修改某部分", "edit")]));
    }
}
