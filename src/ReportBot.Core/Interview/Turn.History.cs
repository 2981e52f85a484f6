using System.Globalization;
using ReportBot.Core.Drafting;

namespace ReportBot.Core.Interview;

/// <summary>Kept reports (/history), reuse of last period's answers, reminders and expiry.</summary>
internal sealed partial class Turn
{
    private const int HistoryShown = 10;

    /// <summary>Keeps (or updates) this interview's report once its draft is generated.</summary>
    private void Archive()
    {
        var report = new FinishedReport(RequiredTemplate.Id, RequiredTemplate.Version, BuildDraft().Title, Session.Answers, _time.GetUtcNow());
        Session = Session.ReportIndex is { } index && index < Session.Reports.Count
            ? Session with { Reports = Session.Reports.SetItem(index, report) }
            : Session with { Reports = Session.Reports.Add(report), ReportIndex = Session.Reports.Count };
    }

    private void History()
    {
        if (Session.Reports.IsEmpty)
        {
            Say(Presenter.Current("还没有已完成的报告。"));
            return;
        }

        var shown = Session.Reports.Select((r, i) => (Report: r, Index: i)).Reverse().Take(HistoryShown).ToList();
        var lines = shown.Select((e, n) => $"{n + 1}. {e.Report.Title}（{DraftBuilder.FormatDate(DateOnly.FromDateTime(e.Report.KeptAt.ToLocalTime().DateTime))}{(e.Report.Complete ? string.Empty : "，未完成")}）");
        Say(new TextReply("以往的报告（点选可重新获取草稿）：\n" + string.Join("\n", lines), shown.Select(e => Presenter.Choice(e.Report.Title, "hist:" + e.Index.ToString(CultureInfo.InvariantCulture))).ToList()));
    }

    private void ResendReport(int index)
    {
        if (index < 0 || index >= Session.Reports.Count || _catalog.Find(Session.Reports[index].TemplateId) is not { } template)
        {
            Say(Presenter.Current("找不到这份报告（它的报告类型可能已不再提供）。"));
            return;
        }

        var report = Session.Reports[index];
        Say(new DraftReply(DraftBuilder.Build(template, report.Answers, DateOnly.FromDateTime(report.KeptAt.ToLocalTime().DateTime)), report.Complete));
        Say(Presenter.Current($"以上是《{report.Title}》。"));
    }

    private void Reuse()
    {
        var slot = Current;
        if (!Session.PreviousAnswers.TryGetValue(slot.Id, out var previous))
        {
            Say(Presenter.Current(Messages.StaleButton));
            return;
        }

        Store(slot, previous, "已沿用上次的回答：" + AnswerText.Describe(slot, previous) + "。");
    }

    private void Remind()
    {
        var on = !Session.RemindersAllowed;
        Session = Session with { RemindersAllowed = on };
        var days = _policy.RemindAfterDays.ToString("0.#", CultureInfo.InvariantCulture);
        Say(Presenter.Current(on
            ? $"好的，如果报告写到一半、{days}天没有继续，我会提醒您一次。再次发送 /remind 可关闭。"
            : "已关闭提醒。"));
    }

    /// <summary>Closes an interview idle for longer than the policy allows; its answers are kept for reuse.</summary>
    private string? Expire()
    {
        if (!Session.InProgress || Template is not { } template || _time.GetUtcNow() - Session.UpdatedAt < _policy.ExpireAfter)
        {
            return null;
        }

        var kept = new FinishedReport(template.Id, template.Version, BuildDraft().Title, Session.Answers, Session.UpdatedAt, Complete: false);
        Session = Session.Fresh() with { Reports = Session.Reports.Add(kept) };
        var days = _policy.ExpireAfterDays.ToString("0.#", CultureInfo.InvariantCulture);
        return $"您的《{template.Name}》已超过{days}天没有继续填写，已自动关闭。已填写的内容没有丢失：再写同类报告时会显示这些回答，可直接沿用；发送 /history 也可以查看。";
    }

    /// <summary>Says the reminder due now, if the user allowed reminders and has not had one since going idle.</summary>
    private bool RemindIfDue()
    {
        var idle = _time.GetUtcNow() - Session.UpdatedAt;
        if (!Session.InProgress || !Session.RemindersAllowed || idle < _policy.RemindAfter || idle >= _policy.ExpireAfter
            || Session.RemindedAt >= Session.UpdatedAt || Template is not { } template)
        {
            return false;
        }

        var open = template.Slots.Count(s => !Session.Answers.ContainsKey(s.Id));
        Session = Session with { RemindedAt = _time.GetUtcNow() };
        Say(Presenter.Current($"提醒：您的《{template.Name}》还有{open}题没有回答。随时回复即可接着填写（发送 /remind 可关闭提醒）。"));
        return true;
    }

    /// <summary>Runs the time-based checks without user input: expiry notice or reminder, or nothing.</summary>
    public bool Tick()
    {
        if (Expire() is { } notice)
        {
            Say(new TextReply(notice));
            return true;
        }

        return RemindIfDue();
    }
}
