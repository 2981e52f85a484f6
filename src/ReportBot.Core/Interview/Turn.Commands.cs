using System.Collections.Immutable;
using ReportBot.Core.Templates;

namespace ReportBot.Core.Interview;

/// <summary>Commands: /start /new /back /skip /status /draft /edit /cancel /help.</summary>
internal sealed partial class Turn
{
    private void OnCommand(Command command)
    {
        switch (command)
        {
            case Command.Start:
                Say(Session.Phase == Phase.ChoosingTemplate
                    ? Presenter.TemplateMenu(Messages.Greeting + "\n" + Messages.CommandLine + "\n\n请选择要写的报告：")
                    : Presenter.Current($"欢迎回来！您正在写《{RequiredTemplate.Name}》，我们从上次停下的地方继续。"));
                break;
            case Command.Help:
                Say(new TextReply(Messages.Help));
                Say(Presenter.Current());
                break;
            case Command.Status:
                Say(Presenter.Current(Status()));
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
            case Command.Skip when Session.Phase == Phase.Asking:
                Skip();
                break;
            case Command.Skip:
                Say(Presenter.Current("现在没有可以跳过的问题。"));
                break;
            case Command.History:
                History();
                break;
            case Command.Remind:
                Remind();
                break;
            case Command.Cancel:
                Cancel(newAfter: false);
                break;
            case Command.New:
                Cancel(newAfter: true);
                break;
            default:
                Say(Presenter.Current("没有这个命令。发送 /help 查看可用的命令。"));
                break;
        }
    }

    private string Status()
    {
        if (Template is not { } template)
        {
            return Messages.NoReport;
        }

        var answers = Session.Answers.Values;
        var (filled, skipped) = (answers.Count(a => !a.IsEmpty), answers.Count(a => a.IsEmpty));
        var where = Session.Phase == Phase.Asking
            ? $"当前在第{Session.Position + 1}/{template.Slots.Count}题（{template.Slots[Session.Position].Section.ShortLabel}）"
            : $"全部{template.Slots.Count}题已回答" + (Session.Phase == Phase.Finished ? "，草稿已生成" : string.Empty);
        return $"《{template.Name}》进度：{where}；已填写{filled}项，跳过或为零{skipped}项。";
    }

    private void SendDraft()
    {
        if (Template is null)
        {
            Say(Presenter.Current(Messages.NoReport + "请先选择要写的报告："));
            return;
        }

        var complete = Session.Phase is Phase.Reviewing or Phase.Finished;
        Say(new DraftReply(BuildDraft(), complete));
        if (!complete)
        {
            Say(Presenter.Current($"以上是按目前回答生成的草稿（已回答{Session.Answers.Count}/{RequiredTemplate.Slots.Count}题，未答和跳过的内容不写入）。我们继续："));
        }
    }

    private void StartTemplate(string id)
    {
        if (_catalog.Find(id) is not { } template)
        {
            Say(Presenter.TemplateMenu(Messages.StaleButton));
            return;
        }

        var previous = Session.Reports.LastOrDefault(r => r.TemplateId == template.Id);
        Change(s => s.Fresh() with
        {
            TemplateId = template.Id,
            TemplateVersion = template.Version,
            PreviousAnswers = previous?.Answers.Where(a => template.HasSlot(a.Key) && template.Slot(a.Key).Kind != SlotKind.Period).ToImmutableDictionary() ?? ImmutableDictionary<string, SlotAnswer>.Empty,
        });
        _machine.Fire(Trigger.ChooseTemplate);
        var lead = $"好的，开始写《{template.Name}》，共{template.Slots.Count}题。随时可以发送 /draft 查看目前的草稿，/help 查看命令。";
        if (previous is not null)
        {
            lead += $"\n已找到您上次写的《{previous.Title}》：每题会显示上次的回答，不需要改动的点“沿用上次”即可。";
        }

        Say(Presenter.Current(lead));
    }

    private void OpenEditor()
    {
        if (Template is null || !_machine.CanFire(Trigger.Edit) && Session.Phase != Phase.PickingSection)
        {
            Say(Presenter.Current(Template is null ? Messages.NoReport : "请先完成当前的选择。"));
            return;
        }

        if (Session.Phase != Phase.PickingSection)
        {
            var editing = Session.EditSection is not null;
            Change(s => s with
            {
                ReturnPhase = editing ? s.ReturnPhase : s.Phase,
                ResumePosition = editing ? s.ResumePosition : s.Position,
                PendingItems = [],
                PendingPairs = [],
                PendingMode = null,
                Failures = 0,
            });
            _machine.Fire(Trigger.Edit);
        }

        Say(Presenter.Current());
    }

    private void PickSection(string key)
    {
        var first = RequiredTemplate.Slots.ToList().FindIndex(s => s.Section.Key == key);
        if (first < 0)
        {
            Say(Presenter.Current(Messages.StaleButton));
            return;
        }

        Change(s => s with { EditSection = key, Position = first, History = [] });
        _machine.Fire(Trigger.PickSection);
        Say(Presenter.Current($"修改“{RequiredTemplate.Slots[first].Section.ShortLabel}”：逐题显示当前答案，不需要改的请点“保持不变”。"));
    }

    private void Back()
    {
        switch (Session.Phase)
        {
            case Phase.Asking when Session.History.IsEmpty:
                Say(Presenter.Current(Session.EditSection is null ? "已经是第一题了。" : "已经是这一部分的第一题了。"));
                break;
            case Phase.Asking:
                var dropped = Session.PendingItems.Count + Session.PendingPairs.Count;
                Change(s => s with { Position = s.History[^1], History = s.History.RemoveAt(s.History.Count - 1), PendingItems = [], PendingPairs = [], PendingMode = null, Failures = 0 });
                Say(Presenter.Current(dropped > 0 ? $"好的，回到上一题（本题刚收到的{dropped}条未保存）。" : "好的，回到上一题。"));
                break;
            case Phase.Reviewing:
                Change(s => s with { Position = s.History.IsEmpty ? RequiredTemplate.Slots.Count - 1 : s.History[^1], History = s.History.IsEmpty ? s.History : s.History.RemoveAt(s.History.Count - 1) });
                _machine.Fire(Trigger.BackToQuestions);
                Say(Presenter.Current("好的，回到最后一题。"));
                break;
            case Phase.PickingSection:
                Resume("已退出修改。");
                break;
            case Phase.Finished:
                Say(Presenter.Current("草稿已经生成。要修改某一部分，请发送 /edit。"));
                break;
            default:
                Say(Presenter.Current());
                break;
        }
    }

    private void Cancel(bool newAfter)
    {
        switch (Session.Phase)
        {
            case Phase.ChoosingTemplate:
                Say(Presenter.TemplateMenu(newAfter ? "请选择要写的报告：" : "当前没有进行中的报告。请选择要写的报告："));
                break;
            case Phase.Finished:
                Change(s => s.Fresh());
                Say(Presenter.TemplateMenu(newAfter ? "好的，开始新的报告。请选择要写的报告：" : "好的，这份报告已结束。需要时请选择要写的报告："));
                break;
            case Phase.PickingSection when !newAfter:
                Resume("已退出修改。");
                break;
            case Phase.PickingSection:
                _machine.Fire(Trigger.Resume);
                Cancel(newAfter);
                break;
            case Phase.ConfirmingCancel:
                Say(Presenter.Current());
                break;
            default:
                Change(s => s with { ReturnPhase = s.Phase, NewAfterCancel = newAfter });
                _machine.Fire(Trigger.Cancel);
                Say(Presenter.Current());
                break;
        }
    }

    private void ConfirmCancel()
    {
        var newAfter = Session.NewAfterCancel;
        _machine.Fire(Trigger.ConfirmCancel);
        Change(s => s.Fresh());
        Say(Presenter.TemplateMenu(newAfter ? "好的，开始新的报告。请选择要写的报告：" : "已取消当前报告。需要时请选择要写的报告："));
    }

    private void Resume(string lead)
    {
        Change(s => s);
        _machine.Fire(Trigger.Resume);
        Say(Presenter.Current(lead));
    }

    private void Generate()
    {
        Change(s => s);
        _machine.Fire(Trigger.Generate);
        Archive();
        Say(new DraftReply(BuildDraft(), Complete: true));
        Say(new TextReply("草稿已生成。如需修改某一部分，请点“修改某部分”或发送 /edit；发送 /new 开始新的报告。", [Presenter.Choice("修改某部分", "edit")]));
    }
}
