using System.Collections.Immutable;
using System.Globalization;
using ReportBot.Core.Drafting;
using ReportBot.Core.Slots;

namespace ReportBot.Core.Interview;

/// <summary>Kept reports (/history), reuse of last period's answers, reminders, expiry and template changes.</summary>
internal sealed partial class Turn
{
    private const int HistoryShown = 10;

    /// <summary>Keeps (or updates) this interview's report once its draft is generated.</summary>
    private void Archive()
    {
        var report = new FinishedReport(RequiredTemplate.Id, RequiredTemplate.Version, BuildDraft().Title, Interview.Answers, _time.GetUtcNow());
        if (Interview.ReportIndex is { } index && index < State.Reports.Count)
        {
            State = State with { Reports = State.Reports.SetItem(index, report) };
            return;
        }

        var added = State.Reports.Count;
        State = State with { Reports = State.Reports.Add(report) };
        Change(i => i with { ReportIndex = added });
    }

    private void History(string argument)
    {
        if (State.Reports.IsEmpty)
        {
            Lead("还没有已完成的报告。");
            return;
        }

        var shown = State.Reports.Select((r, i) => (Report: r, Index: i)).Reverse().Take(HistoryShown).ToList();
        if (argument.Length > 0)
        {
            var number = Verbs.Index(argument.Trim());
            if (number is null or < 1 || number > shown.Count)
            {
                Lead($"没有第“{argument}”份报告。发送 /history 查看列表。");
                return;
            }

            ResendReport(shown[number.Value - 1].Index);
            return;
        }

        // Not a numbered menu: at a count question a typed "1" is an answer, so each line names its command instead.
        var lines = shown.Select((e, n) => $"· {e.Report.Title}（{DraftBuilder.FormatDate(DateOnly.FromDateTime(e.Report.KeptAt.ToLocalTime().DateTime))}{(e.Report.Complete ? string.Empty : "，未完成")}）—— /history {n + 1}");
        Say(new TextReply(
            "以往的报告（发送后面的命令重新获取草稿）：\n" + string.Join("\n", lines),
            shown.Select(e => Presenter.Choice(e.Report.Title, "hist:" + e.Index.ToString(CultureInfo.InvariantCulture))).ToList()));
    }

    private void ResendReport(int index)
    {
        if (index >= State.Reports.Count || _catalog.Find(State.Reports[index].TemplateId) is not { } template)
        {
            Lead("找不到这份报告（它的报告类型可能已不再提供）。");
            return;
        }

        var report = State.Reports[index];
        var kept = DateOnly.FromDateTime(report.KeptAt.ToLocalTime().DateTime);
        Say(new DraftReply(DraftBuilder.Build(template, report.Answers, kept), report.Complete));
        Lead($"以上是《{report.Title}》。");
    }

    private void Reuse()
    {
        var slot = Current;
        if (!Interview.PreviousAnswers.TryGetValue(slot.Id, out var previous))
        {
            Lead(Messages.StaleButton);
            return;
        }

        Store(slot, previous, "已沿用上次的回答：" + slot.Handler().Describe(slot, previous) + "。");
    }

    private void Remind()
    {
        var on = !State.RemindersAllowed;
        State = State with { RemindersAllowed = on };
        var days = _policy.RemindAfterDays.ToString("0.#", CultureInfo.InvariantCulture);
        Lead(on
            ? $"好的，如果报告写到一半、{days}天没有继续，我会提醒您一次。再次发送 /remind 可关闭。"
            : "已关闭提醒。");
    }

    /// <summary>
    /// /forget asks first; "/forget 确认" deletes everything: the interview, the reports kept, the settings. The
    /// transport deletes what it holds as well (<see cref="Forgotten"/>).
    /// </summary>
    private void Forget(string argument)
    {
        if (argument != "确认")
        {
            Lead($"这会删除机器人保存的您的全部数据：进行中的报告和答案、{State.Reports.Count}份以往的报告、提醒设置，删除后无法恢复。确定请发送“/forget 确认”。");
            return;
        }

        State = new ConversationState { Step = State.Step + 1 };
        Forgotten = true;
        Lead("已删除您在本机器人中的全部数据。需要时可以重新开始写报告。");
    }

    private void SetDate(string argument)
    {
        if (State.Interview is null)
        {
            Lead(Messages.NoReport);
            return;
        }

        if (argument.Length == 0)
        {
            Lead($"落款日期：{DraftBuilder.FormatDate(SignOffDate())}{(Interview.SignOffDate is null ? "（按报告期自动确定）" : string.Empty)}。要修改，请发送如“/date 2020年7月10日”；恢复自动，请发送“/date 自动”。");
            return;
        }

        if (argument is "自动" or "默认")
        {
            Change(i => i with { SignOffDate = null });
            Lead($"好的，落款日期按报告期自动确定：{DraftBuilder.FormatDate(SignOffDate())}。");
            return;
        }

        if (SignOffDates.Parse(argument, _today) is not { } date)
        {
            Lead("没能识别这个日期。请写作如“/date 2020年7月10日”或“/date 2020-07-10”。");
            return;
        }

        if (SignOffDates.Refusal(RequiredTemplate, Interview.Answers, date) is { } refusal)
        {
            Lead(refusal);
            return;
        }

        Change(i => i with { SignOffDate = date });
        Lead($"好的，落款日期改为{DraftBuilder.FormatDate(date)}。" + (State.Phase is Phase.Drafted ? "发送 /draft 获取更新后的草稿。" : string.Empty));
    }

    private DateOnly SignOffDate() => SignOffDates.For(RequiredTemplate, Interview.Answers, Interview.SignOffDate, _today);

    /// <summary>False (and back to the menu) when the report type of this conversation's interview is gone.</summary>
    private bool TemplateStillThere()
    {
        if (State.Interview is null || Template is not null)
        {
            return true;
        }

        Fire(Trigger.TemplateWithdrawn);
        return false;
    }

    /// <summary>Entry into the menu when the report type is gone.</summary>
    private void Withdraw()
    {
        State = State.WithoutInterview();
        Lead("您之前填写的报告类型已不再提供，请重新选择：");
    }

    /// <summary>True (with a notice) when the interview sat idle past the expiry and was closed.</summary>
    private bool Expired()
    {
        if (!State.InProgress || _time.GetUtcNow() - State.UpdatedAt < _policy.ExpireAfter)
        {
            return false;
        }

        Fire(Trigger.Expire);
        return true;
    }

    /// <summary>Entry into the menu on expiry: the answers are kept as an unfinished report, offered for reuse.</summary>
    private void KeepUnfinished()
    {
        var template = RequiredTemplate;
        var kept = new FinishedReport(template.Id, template.Version, BuildDraft().Title, Interview.Answers, State.UpdatedAt, Complete: false);
        State = State.WithoutInterview() with { Reports = State.Reports.Add(kept) };
        var days = _policy.ExpireAfterDays.ToString("0.#", CultureInfo.InvariantCulture);
        Lead($"您的《{template.Name}》已超过{days}天没有继续填写，已自动关闭。已填写的内容没有丢失：再写同类报告时会显示这些回答，可直接沿用；发送 /history 也可以查看。");
    }

    /// <summary>Positions past the last question all mean "at the review" (stored conversations may hold any).</summary>
    private void Settle()
    {
        if (State.Interview is not { } interview || Template is not { } template)
        {
            return;
        }

        var count = template.Slots.Count;
        if (interview.Position > count || interview.Edit?.ResumeAt > count)
        {
            State = State with
            {
                Interview = interview with
                {
                    Position = Math.Min(interview.Position, count),
                    Edit = interview.Edit is { } edit ? edit with { ResumeAt = Math.Min(edit.ResumeAt, count) } : null,
                },
            };
        }
    }

    /// <summary>After a template change: answers kept by slot id where they still fit, the open questions asked.</summary>
    private void Upgrade()
    {
        if (State.Interview is not { } interview || Template is not { } template || interview.TemplateVersion == template.Version)
        {
            return;
        }

        var answers = interview.Answers.Where(a => template.HasSlot(a.Key) && template.Slot(a.Key).Handler().Fits(template.Slot(a.Key), a.Value)).ToDictionary();
        var firstOpen = template.Slots.ToList().FindIndex(s => !answers.ContainsKey(s.Id));
        Change(i => i.At(firstOpen >= 0 ? firstOpen : template.Slots.Count) with
        {
            TemplateVersion = template.Version,
            Answers = answers.ToImmutableDictionary(),
            History = [],
            Edit = null,
            FillingGaps = firstOpen >= 0,
        });
        Fire(Trigger.TemplateChanged);
        var open = template.Slots.Count(s => !answers.ContainsKey(s.Id));
        Lead(open > 0 ? $"《{template.Name}》的模板已更新。您之前的回答都已保留，只需再回答新增或改动的{open}题。" : $"《{template.Name}》的模板已更新，您之前的回答都已保留。");
    }

    /// <summary>Says the reminder due now, if the user allowed reminders and has not had one since going idle.</summary>
    private bool RemindIfDue()
    {
        var idle = _time.GetUtcNow() - State.UpdatedAt;
        if (!State.InProgress || !State.RemindersAllowed || idle < _policy.RemindAfter || idle >= _policy.ExpireAfter
            || State.RemindedAt >= State.UpdatedAt || Template is not { } template)
        {
            return false;
        }

        var open = template.Slots.Count(s => !Interview.Answers.ContainsKey(s.Id));
        State = State with { RemindedAt = _time.GetUtcNow() };
        Lead($"提醒：您的《{template.Name}》还有{open}题没有回答。随时回复即可接着填写（发送 /remind 可关闭提醒）。");
        return true;
    }

    /// <summary>Runs the time-based checks without user input: expiry notice or reminder (then true), or nothing.</summary>
    public bool Tick()
    {
        if (!Expired() && !RemindIfDue())
        {
            return false;
        }

        Finish();
        return true;
    }
}
