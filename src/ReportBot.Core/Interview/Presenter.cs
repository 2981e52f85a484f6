using ReportBot.Core.Drafting;
using ReportBot.Core.Templates;

namespace ReportBot.Core.Interview;

/// <summary>Builds what the bot shows for the current state: the question, the picker, the review, the menu.</summary>
internal sealed class Presenter(TemplateCatalog catalog, ReportTemplate? template, InterviewSession session, DateOnly today)
{
    public ReplyChoice Choice(string label, string verb) => new(label, ChoiceData.Create(session.Step, verb));

    /// <summary>The prompt for the current state, with <paramref name="lead"/> (an acknowledgement) on top.</summary>
    public TextReply Current(string? lead = null) => session.Phase switch
    {
        Phase.Asking when template is not null => Question(template, lead),
        Phase.Reviewing when template is not null => Review(template, lead),
        Phase.PickingSection when template is not null => SectionPicker(template, lead),
        Phase.ConfirmingCancel => ConfirmCancel(lead),
        Phase.Finished => Join(lead, "草稿已生成。发送 /draft 再次获取草稿，/edit 修改某一部分，/new 开始新的报告。", [Choice("修改某部分", "edit")]),
        _ => TemplateMenu(lead ?? "请选择要写的报告："),
    };

    public TextReply TemplateMenu(string lead) =>
        new(lead, catalog.Templates.Select(t => Choice(t.Name, "tpl:" + t.Id)).ToList()) { Numbered = true };

    public TextReply ConfirmCancel(string? lead) => Join(
        lead,
        session.NewAfterCancel ? "开始新报告会放弃当前尚未完成的报告，确定吗？" : "确定要取消当前报告吗？已填写的内容将被丢弃。",
        [Choice(session.NewAfterCancel ? "确定，开始新报告" : "确定取消", "yes"), Choice("继续填写", "no")]) with
    { Numbered = true };

    public TextReply SectionPicker(ReportTemplate t, string? lead) => Join(
        lead,
        "要修改哪一部分？",
        t.EditableSections.Select(s => Choice(s.ShortLabel, "sec:" + s.Key)).ToList()) with
    { Numbered = true };

    public TextReply Review(ReportTemplate t, string? lead)
    {
        var lines = ReviewSummary.Lines(t, session.Answers);
        return Join(lead, "全部问题已回答。请核对：\n" + string.Join("\n", lines), [Choice("生成草稿", "gen"), Choice("修改某部分", "edit")])
            with
        { Numbered = true };
    }

    public TextReply Question(ReportTemplate t, string? lead)
    {
        var slot = t.Slots[session.Position];
        var text = new List<string> { slot.Question };
        var choices = new List<ReplyChoice>();
        var hint = QuestionHints.For(slot, session);
        if (hint.Length > 0)
        {
            text.Add(hint);
        }

        if (slot.Kind == SlotKind.Defaults && session.PendingMode is null)
        {
            text.Add(DefaultsList(t, slot));
        }

        choices.AddRange(OptionChoices(slot));
        var collecting = session.PendingItems.Count > 0 || session.PendingPairs.Count > 0 || session.PendingMode is not null;
        if (session.Answers.TryGetValue(slot.Id, out var current) && !collecting)
        {
            text.Add("当前答案：" + AnswerText.Describe(slot, current));
            choices.Add(Choice("保持不变", "keep"));
        }
        else if (session.PreviousAnswers.TryGetValue(slot.Id, out var previous) && !collecting)
        {
            text.Add("上次的回答：" + AnswerText.Describe(slot, previous));
            choices.Add(Choice("沿用上次", "reuse"));
        }

        if (!slot.Required && session.Failures >= 3)
        {
            choices.Add(Choice("跳过", "skip"));
        }

        var numbered = slot.Kind is SlotKind.Period or SlotKind.Choice || (slot.Kind == SlotKind.Defaults && session.PendingMode is null);
        return Join(lead, string.Join("\n", text), choices) with { Context = Where(t, slot), Numbered = numbered };
    }

    private IEnumerable<ReplyChoice> OptionChoices(SlotDefinition slot) => slot.Kind switch
    {
        SlotKind.Period => PeriodOptions.For(today).Select((o, i) => Choice(o.Label, $"opt:{i}")),
        SlotKind.Choice => slot.Options.Select((o, i) => Choice(o, $"opt:{i}")),
        SlotKind.Defaults when session.PendingMode is null =>
            [Choice("采用模板内容", "mode:Keep"), Choice("替换为我的内容", "mode:Replace"), Choice("在模板基础上补充", "mode:Extend")],
        SlotKind.List or SlotKind.Pairs or SlotKind.Free or SlotKind.Defaults => [Choice("完成", "done")],
        _ => [],
    };

    private string DefaultsList(ReportTemplate t, SlotDefinition slot)
    {
        var assembler = new TextAssembler(new SlotValues(t, session.Answers));
        return string.Join("\n", slot.DefaultItems.Select((item, i) => $"{i + 1}. {Punctuation.Tidy(assembler.Fill(item))}"));
    }

    private string Where(ReportTemplate t, SlotDefinition slot)
    {
        if (session.EditSection is { } key)
        {
            var inSection = t.Slots.Where(s => s.Section.Key == key).ToList();
            return $"修改 · {slot.Section.ShortLabel} · 第{inSection.IndexOf(slot) + 1}/{inSection.Count}题";
        }

        return $"{slot.Section.ShortLabel} · 第{session.Position + 1}/{t.Slots.Count}题";
    }

    private static TextReply Join(string? lead, string text, IReadOnlyList<ReplyChoice> choices) =>
        new(lead is null ? text : lead + "\n\n" + text, choices);
}
