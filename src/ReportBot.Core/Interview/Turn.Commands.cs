using System.Collections.Immutable;
using ReportBot.Core.Slots;
using ReportBot.Core.Templates;

namespace ReportBot.Core.Interview;

/// <summary>Commands: /start /new /back /skip /status /draft /edit /cancel /help /history /remind /date.</summary>
internal sealed partial class Turn
{
    private void OnCommand(ParsedCommand command)
    {
        switch (command.Command)
        {
            case Command.Start:
                Lead(State.Phase == Phase.ChoosingTemplate
                    ? Messages.Greeting + "\n" + Messages.CommandLine
                    : $"欢迎回来！您正在写《{RequiredTemplate.Name}》，我们从上次停下的地方继续。");
                break;
            case Command.Help:
                Say(new TextReply(Messages.Help));
                break;
            case Command.Status:
                Lead(Status());
                break;
            case Command.Draft:
                SendDraft();
                break;
            case Command.Edit:
                OpenEditor();
                break;
            case Command.Back:
                Back();
                break;
            case Command.Skip when State.Phase is Phase.Asking or Phase.EditingSection or Phase.Revising:
                Skip();
                break;
            case Command.Skip:
                Lead("现在没有可以跳过的问题。");
                break;
            case Command.History:
                History(command.Argument);
                break;
            case Command.Remind:
                Remind();
                break;
            case Command.Date:
                SetDate(command.Argument);
                break;
            case Command.Forget:
                Forget(command.Argument);
                break;
            case Command.Log:
                OnLog(command.Argument);
                break;
            case Command.Cancel:
                Cancel();
                break;
            case Command.New:
                New();
                break;
            default:
                Lead("没有这个命令。发送 /help 查看可用的命令。");
                break;
        }
    }

    private string Status()
    {
        if (State.Interview is not { } interview || Template is not { } template)
        {
            return Messages.NoReport;
        }

        var answers = interview.Answers.Values;
        var (filled, skipped) = (answers.Count(a => !a.IsEmpty), answers.Count(a => a.IsEmpty));
        var where = State.Phase is Phase.Asking or Phase.EditingSection or Phase.Revising
            ? $"当前在第{interview.Position + 1}/{template.Slots.Count}题：{template.Slots[interview.Position].Section.ShortLabel}"
            : $"已答{interview.Answers.Count}/{template.Slots.Count}题" + (State.Phase is Phase.Drafted or Phase.ChoosingRevision ? "，草稿已生成" : string.Empty);
        var fromLog = answers.Count(a => a.FromLog);
        return $"《{template.Name}》进度：{where}；已填写{filled}项，跳过或为零{skipped}项" + (fromLog > 0 ? $"，其中{fromLog}项取自工作记录。" : "。");
    }

    private void SendDraft()
    {
        if (State.Interview is null)
        {
            // The menu under it asks to choose; asking here too doubled the request.
            Lead(Messages.NoReport);
            return;
        }

        var draft = BuildDraft();
        Say(new DraftReply(draft, draft.Complete));
        if (!draft.Complete)
        {
            Lead($"以上是按目前回答生成的草稿（已回答{Interview.Answers.Count}/{RequiredTemplate.Slots.Count}题，未答的部分已在草稿中标出）。我们继续：");
        }
    }

    private void StartTemplate(string id)
    {
        if (State.Phase != Phase.ChoosingTemplate)
        {
            Lead(Messages.StaleButton);
            return;
        }

        if (_catalog.Find(id) is null)
        {
            Lead(Messages.StaleButton);
            return;
        }

        _changed = true;
        _machine.Fire(_chooseTemplate, id);
    }

    /// <summary>Entry into the first question: a fresh interview, with last period's answers offered for reuse.</summary>
    private void BeginInterview(string id)
    {
        var template = _catalog.Find(id)!;
        var previous = State.Reports.LastOrDefault(r => r.TemplateId == template.Id);
        var prefilled = State.Unit is { } unit ? template.Slots.Where(s => s.Kind == SlotKind.Unit).ToList() : [];
        var first = Enumerable.Range(0, template.Slots.Count).FirstOrDefault(i => !prefilled.Contains(template.Slots[i]), template.Slots.Count);
        State = State with
        {
            RemindedAt = null,
            Interview = new InterviewState
            {
                TemplateId = template.Id,
                TemplateVersion = template.Version,
                Position = first,
                Answers = prefilled.ToImmutableDictionary(s => s.Id, _ => State.Unit!),
                Prefilled = [.. prefilled.Select(s => s.Id)],
                PreviousAnswers = previous?.Answers
                    .Where(a => template.HasSlot(a.Key) && template.Slot(a.Key).Kind is not (SlotKind.Period or SlotKind.Unit))
                    .ToImmutableDictionary() ?? ImmutableDictionary<string, SlotAnswer>.Empty,
            },
        };
        Lead($"好的，开始写《{template.Name}》，共{template.Slots.Count}题。随时可以发送 /draft 查看目前的草稿，/help 查看命令。");
        if (prefilled.Count > 0)
        {
            Lead($"单位：{prefilled[0].Handler().Describe(prefilled[0], State.Unit!)}（沿用上次的填写；如需修改，请发送 /edit 选“基本信息”）。");
        }

        if (previous is not null)
        {
            Lead($"已找到您上次写的《{previous.Title}》：每题会显示上次的回答，不需要改动的回复“沿用上次”即可。");
        }
    }

    private void OpenEditor()
    {
        if (State.Interview is null)
        {
            Lead(Messages.NoReport);
            return;
        }

        if (State.Phase is Phase.PickingSection or Phase.ChoosingRevision)
        {
            return;
        }

        if (!CanFire(Trigger.Edit))
        {
            Lead("请先完成当前的选择。");
            return;
        }

        Fire(Trigger.Edit);
    }

    /// <summary>Entry into the picker: remember the question (or the review) to return to and the answers as they are.</summary>
    private void OpenEdit()
    {
        var resumeAt = Interview.Edit?.ResumeAt ?? Interview.Position;
        Change(i => i with { Edit = new EditInProgress(null, resumeAt, i.Answers), Collecting = null, Failures = 0 });
    }

    private void PickSection(string key)
    {
        var first = RequiredTemplate.Slots.ToList().FindIndex(s => s.Section.Key == key);
        if (first < 0 || State.Phase is not (Phase.PickingSection or Phase.ChoosingRevision))
        {
            Lead(Messages.StaleButton);
            return;
        }

        _changed = true;
        _machine.Fire(_pickSection, key);
    }

    /// <summary>Entry into a section edit: its first question, the answers as they are kept for a cancel.</summary>
    private void BeginEdit(string key)
    {
        var first = RequiredTemplate.Slots.ToList().FindIndex(s => s.Section.Key == key);
        Change(i => i.At(first) with { Edit = i.Edit! with { SectionKey = key, AnswersBefore = i.Answers }, History = [] });
        Lead($"修改“{RequiredTemplate.Slots[first].Section.ShortLabel}”：逐题显示当前答案，不需要改的回复“保持不变”。发送 /cancel 可放弃这次修改。");
    }

    private void Back()
    {
        switch (State.Phase)
        {
            case Phase.Asking or Phase.EditingSection or Phase.Revising when Interview.History.IsEmpty:
                Lead(Interview.Edit is null ? "已经是第一题了。" : "已经是这一部分的第一题了。");
                break;
            case Phase.Asking or Phase.EditingSection or Phase.Revising:
                var dropped = Interview.Collecting?.Count ?? 0;
                Change(i => i.At(i.History[^1]) with { History = i.History.RemoveAt(i.History.Count - 1) });
                Lead(dropped > 0 ? $"好的，回到上一题（本题刚收到的{dropped}条未保存）。" : "好的，回到上一题。");
                break;
            case Phase.Reviewing:
                Fire(Trigger.BackToQuestions);
                Lead("好的，回到最后一题。");
                break;
            case Phase.PickingSection or Phase.ChoosingRevision:
                LeaveEditor("已退出修改。");
                break;
            case Phase.ConfirmingCancel or Phase.ConfirmingNew:
                Decline();
                break;
            case Phase.Drafted:
                Lead("草稿已经生成。要修改某一部分，请发送 /edit。");
                break;
        }
    }

    /// <summary>Entry into the last question from the review.</summary>
    private void BackToLastQuestion() =>
        Change(i => i.History.IsEmpty
            ? i.At(RequiredTemplate.Slots.Count - 1)
            : i.At(i.History[^1]) with { History = i.History.RemoveAt(i.History.Count - 1) });

    private void Cancel()
    {
        switch (State.Phase)
        {
            case Phase.ChoosingTemplate:
                Lead("当前没有进行中的报告。");
                break;
            case Phase.Asking or Phase.Reviewing:
                Fire(Trigger.Cancel);
                break;
            case Phase.PickingSection or Phase.ChoosingRevision:
                LeaveEditor("已退出修改。");
                break;
            case Phase.EditingSection:
                LeaveEditor("已取消这次修改，这一部分保持原来的答案。");
                break;
            case Phase.Revising:
                LeaveEditor("已取消这次修改，报告保持原样。");
                break;
            case Phase.Drafted:
                Fire(Trigger.Close);
                Lead("好的，这份报告已结束（已保存，发送 /history 可以查看）。需要时请选择要写的报告：");
                break;
        }
    }

    private void New()
    {
        switch (State.Phase)
        {
            case Phase.ChoosingTemplate:
                break;
            case Phase.Asking or Phase.Reviewing:
                Fire(Trigger.StartNew);
                break;
            case Phase.PickingSection or Phase.EditingSection:
                LeaveEditor("已退出修改。");
                Fire(Trigger.StartNew);
                break;
            case Phase.ChoosingRevision or Phase.Revising:
                LeaveEditor("已退出修改，报告保持原样。");
                Fire(Trigger.Close);
                Lead("好的，开始新的报告（上一份已保存，发送 /history 可以查看）。请选择要写的报告：");
                break;
            case Phase.Drafted:
                Fire(Trigger.Close);
                Lead("好的，开始新的报告（上一份已保存，发送 /history 可以查看）。请选择要写的报告：");
                break;
        }
    }

    /// <summary>Leaves the picker or an edit without finishing it: the answers as they were before the edit.</summary>
    private void LeaveEditor(string lead)
    {
        var edit = Interview.Edit!;
        Change(i => i.At(edit.ResumeAt) with
        {
            Answers = edit.AnswersBefore,
            Edit = null,
            History = [],
        });
        Fire(Trigger.LeaveEditor);
        Lead(lead);
    }

    private void Confirm()
    {
        if (!CanFire(Trigger.Confirm))
        {
            Lead(Messages.StaleButton);
            return;
        }

        Fire(Trigger.Confirm);
    }

    private void Decline()
    {
        Fire(Trigger.Decline);
        Lead("好的，我们继续。");
    }

    /// <summary>Entry into the template menu after a confirmed /cancel or /new: the unfinished interview is dropped.</summary>
    private void Discard(Stateless.StateMachine<Phase, Trigger>.Transition transition)
    {
        State = State.WithoutInterview();
        Lead(transition.Source == Phase.ConfirmingNew ? "好的，开始新的报告。请选择要写的报告：" : "已取消当前报告。需要时请选择要写的报告：");
    }

    /// <summary>Entry into the template menu from a finished report: the report stays in the history.</summary>
    private void Release() => State = State.WithoutInterview();

    private void Generate()
    {
        if (!CanFire(Trigger.Generate))
        {
            Lead(Messages.StaleButton);
            return;
        }

        Fire(Trigger.Generate);
    }

    /// <summary>Entry into the finished report: keep it and send the draft.</summary>
    private void DeliverDraft()
    {
        Archive();
        // The closing prompt of the drafted state says 草稿已生成 and what can follow; saying it here too doubled it.
        Say(new DraftReply(BuildDraft(), Complete: true));
    }

    /// <summary>Entry into the finished report after a revision: keep it again and send the new draft.</summary>
    private void DeliverRevisedDraft()
    {
        Change(i => i with { Edit = null, History = [] });
        Archive();
        Say(new DraftReply(BuildDraft(), Complete: true));
        Lead("已根据修改重新生成草稿。还要修改其他部分吗？");
    }
}
