using ReportBot.Core.Drafting;
using ReportBot.Core.Slots;
using ReportBot.Core.Templates;
using ReportBot.Core.WorkLog;

namespace ReportBot.Core.Interview;

/// <summary>
/// Builds what the bot shows for the current state: the question, the picker, the review, the menu. Button data
/// holds the verb only; the turn stamps the step on it when the turn ends.
/// </summary>
internal sealed class Presenter(TemplateCatalog catalog, ReportTemplate? template, ConversationState state, DateOnly today)
{
    public static ReplyChoice Choice(string label, string verb) => new(label, verb);

    /// <summary>The prompt for the current state, with <paramref name="lead"/> (what the turn did) on top.</summary>
    public TextReply Current(string? lead = null) => state.Phase switch
    {
        Phase.Asking or Phase.EditingSection or Phase.Revising when template is not null => Question(template, lead),
        Phase.Reviewing when template is not null => Review(template, lead),
        Phase.PickingSection or Phase.ChoosingRevision when template is not null => SectionPicker(template, lead),
        Phase.ConfirmingCancel => Menu(lead, "确定要取消当前报告吗？已填写的内容将被丢弃。", [Choice("确定取消", "yes"), Choice("继续填写", "no")]),
        Phase.ConfirmingNew => Menu(lead, "开始新报告会放弃当前尚未完成的报告，确定吗？", [Choice("确定，开始新报告", "yes"), Choice("继续填写", "no")]),
        Phase.Drafted => Join(lead, "草稿已生成。发送 /draft 再次获取草稿，/edit 修改某一部分，/date 设置落款日期，/new 开始新的报告。", [Choice("修改某部分", "edit")]),
        _ => Menu(lead, "请选择要写的报告：", catalog.Templates.Select(t => Choice(t.Name, "tpl:" + t.Id)).ToList()),
    };

    /// <summary>A refused answer: the reason, with the current question's buttons (the question is not repeated).</summary>
    public TextReply Retry(string error)
    {
        var current = Current();
        return new TextReply(error, current.Choices, current.Context) { Numbered = current.Numbered };
    }

    public static TextReply SectionPicker(ReportTemplate t, string? lead) =>
        Menu(lead, "要修改哪一部分？（发送 /cancel 退出）", t.EditableSections.Select(s => Choice(s.ShortLabel, "sec:" + s.Key)).ToList());

    public TextReply Review(ReportTemplate t, string? lead)
    {
        var interview = state.Interview!;
        var lines = ReviewSummary.Lines(t, interview.Answers);
        var date = SignOffDates.For(t, interview.Answers, interview.SignOffDate, today);
        var text = "全部问题已回答。请核对：\n" + string.Join("\n", lines) + $"\n落款日期：{DraftBuilder.FormatDate(date)}（发送 /date 可修改）";
        return Menu(lead, text, [Choice("生成草稿", "gen"), Choice("修改某部分", "edit")]);
    }

    public TextReply Question(ReportTemplate t, string? lead)
    {
        var interview = state.Interview!;
        var slot = t.Slots[interview.Position];
        var handler = slot.Handler();
        var collecting = interview.Collecting;
        if (collecting is { Choosing: true })
        {
            // Several ways to write it are a menu (a typed number picks one); a single 就这样写 is not, so a number
            // typed there stays an answer.
            var options = collecting.Candidates.Select((c, i) => Choice(c.Label, $"confirm:{i}")).Append(Choice("重新填写", "retype")).ToList();
            return Join(lead, collecting.Doubt ?? "确定这样写吗？", options) with { Context = Where(t, slot), Numbered = collecting.Candidates.Count > 1 };
        }

        var text = new List<string> { slot.Question };
        var choices = new List<ReplyChoice>();
        var hasAnswer = interview.Answers.TryGetValue(slot.Id, out var current);
        var choosingMode = slot.Kind == SlotKind.Defaults && collecting?.Mode is null;
        if (collecting is { Count: > 0 } || collecting?.Restart == true)
        {
            text.Add(collecting.Count > 0 ? $"已记录{collecting.Count}条。还有吗？没有请回复“完成”。" : "请发送新的内容；全部发完后回复“完成”。");
            choices.Add(Choice("完成", "done"));
            return Join(lead, string.Join("\n", text), choices) with { Context = Where(t, slot) };
        }

        text.Add(collecting?.Mode is { } mode ? DefaultsKind.HintFor(mode) : handler.Hint(slot));
        if (choosingMode)
        {
            text.Add(DefaultsList(t, slot));
            choices.AddRange([Choice("采用模板内容", "mode:Keep"), Choice("替换为我的内容", "mode:Replace"), Choice("补充我的内容", "mode:Extend")]);
        }
        else
        {
            choices.AddRange(handler.Options(slot, today).Select((o, i) => Choice(o.Label, $"opt:{i}")));
        }

        if (hasAnswer && collecting?.Mode is null)
        {
            text.Add("当前答案：" + handler.Describe(slot, current!));
            choices.Add(Choice("保持不变", "keep"));
            if (handler.Collects && !choosingMode && current!.Skipped == false)
            {
                text.Add("发送新的内容会加在后面；要重新填写，请回复“清空重填”。");
                choices.Add(Choice("清空重填", "clear"));
            }
        }
        else if (interview.PreviousAnswers.TryGetValue(slot.Id, out var previous) && collecting is null)
        {
            text.Add("上次的回答：" + handler.Describe(slot, previous));
            choices.Add(Choice("沿用上次", "reuse"));
        }

        if (collecting is null && LogTotal(slot) is { } total && LogAnswers.From(slot, total) is not null)
        {
            text.Add(LogReply.Summary(t, total) + (total.Conflicting ? "（记录里的说法不一致，请核对）" : string.Empty));
            choices.Insert(0, Choice("采用工作记录", "fromlog"));
        }

        if (handler.Collects && !choosingMode && !hasAnswer)
        {
            choices.Add(Choice("完成", "done"));
        }

        if (!slot.Required && interview.Failures >= 3)
        {
            choices.Add(Choice("跳过", "skip"));
        }

        var numbered = handler.NumberedOptions && (slot.Kind != SlotKind.Defaults || choosingMode);
        return Join(lead, string.Join("\n", text), choices) with { Context = Where(t, slot), Numbered = numbered };
    }

    /// <summary>What the work log holds for the slot in the interview's period, or null.</summary>
    public SlotTotal? LogTotal(SlotDefinition slot)
    {
        if (template is not { LogRules.Count: > 0 } t || state.Interview is not { } interview || state.Log.IsEmpty)
        {
            return null;
        }

        var period = t.Slots.Where(s => s.Kind == SlotKind.Period).Select(s => ReportPeriod.Parse(interview.Answers.GetValueOrDefault(s.Id)?.Text)).FirstOrDefault(p => p is not null);
        return period is null
            ? null
            : LogTotals.Sum(t, state.Log.Where(e => e.TemplateId == t.Id).Select(e => e.Entry), period.Start, period.End).FirstOrDefault(x => x.SlotId == slot.Id);
    }

    /// <summary>The template's default items, as bullets (numbers would clash with the numbered options).</summary>
    private string DefaultsList(ReportTemplate t, SlotDefinition slot)
    {
        var assembler = new TextAssembler(new SlotValues(t, state.Interview!.Answers, today));
        return string.Join("\n", slot.DefaultItems.Select(item => "· " + Punctuation.Tidy(assembler.Fill(item))));
    }

    private string Where(ReportTemplate t, SlotDefinition slot)
    {
        var interview = state.Interview!;
        if (interview.Edit is { SectionKey: { } key })
        {
            var inSection = t.Slots.Where(s => s.Section.Key == key).ToList();
            return $"修改 · {slot.Section.ShortLabel} · 第{inSection.IndexOf(slot) + 1}/{inSection.Count}题";
        }

        return $"{slot.Section.ShortLabel} · 第{interview.Position + 1}/{t.Slots.Count}题";
    }

    private static TextReply Menu(string? lead, string text, IReadOnlyList<ReplyChoice> choices) => Join(lead, text, choices) with { Numbered = true };

    private static TextReply Join(string? lead, string text, IReadOnlyList<ReplyChoice> choices) =>
        new(lead is null ? text : lead + "\n\n" + text, choices);
}
