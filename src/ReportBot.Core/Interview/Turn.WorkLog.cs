using ReportBot.Core.Drafting;
using ReportBot.Core.Slots;
using ReportBot.Core.Templates;
using ReportBot.Core.WorkLog;

namespace ReportBot.Core.Interview;

/// <summary>
/// The work log: short work messages filed under report slots as things happen (forwarded, sent with /log, or typed
/// while no interview runs), listed, undone, deleted or filed elsewhere; later they pre-fill the interview.
/// </summary>
internal sealed partial class Turn
{
    private const int LogListed = 20;

    /// <summary>Logs kinds of slots an entry can be moved to: a count, a list item.</summary>
    private static readonly SlotKind[] Refilable = [SlotKind.Count, SlotKind.Approx, SlotKind.List];

    private IEnumerable<ReportTemplate> LogTemplates => _catalog.Templates.Where(t => t.LogRules.Count > 0);

    private void OnLog(string argument)
    {
        var words = argument.Split([' ', '　'], 2, StringSplitOptions.TrimEntries);
        switch (words)
        {
            case [""]:
                ListLog();
                break;
            case ["撤销"]:
                DropLog(State.Log.LastOrDefault()?.Id ?? 0, State.Log.LastOrDefault()?.Id ?? 0);
                break;
            case ["删除", var number] when Verbs.Index(number) is { } id:
                DropLog(id, id);
                break;
            default:
                LogMessage(argument, null);
                break;
        }
    }

    /// <summary>Files one message (several entries when it reports several things) and says what was understood.</summary>
    private void LogMessage(string text, DateTimeOffset? forwardedFrom)
    {
        var templates = LogTemplates.ToList();
        if (templates.Count == 0)
        {
            Lead("现有的报告类型都没有设置工作记录，这条消息没有记录。");
            return;
        }

        var date = forwardedFrom is { } sent ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(sent, _time.LocalTimeZone).DateTime) : _today;
        var nextId = State.Log.IsEmpty ? 1 : State.Log.Max(e => e.Id) + 1;
        var added = new List<LoggedEntry>();
        var lines = new List<string>();
        foreach (var template in templates)
        {
            var reading = WorkLogReader.ReadWithNotes(template, text, date);
            added.AddRange(reading.Entries.Select(entry => new LoggedEntry(nextId++, template.Id, entry, _time.GetUtcNow())));
            if (reading.Entries.Count > 0 || templates.Count == 1)
            {
                lines.AddRange(LogReply.Lines(template, reading));
            }
        }

        State = State with { Log = State.Log.AddRange(added) };
        _changed = true;
        if (added.Count == 0 && forwardedFrom is null)
        {
            // Nothing reportable in a typed message: say so, and the prompt of where the user is follows.
            lines.ForEach(Lead);
            return;
        }

        if (State.Phase == Phase.ChoosingTemplate)
        {
            lines.Add("写报告时这些记录会按报告期自动汇总；要开始写，请发送 /new。");
        }

        var choices = new List<ReplyChoice>();
        if (added.Count > 0)
        {
            choices.Add(Presenter.Choice("撤销", $"logundo:{added[0].Id}:{added[^1].Id}"));
        }

        foreach (var asked in added.Where(e => e.Entry.Ask))
        {
            var template = _catalog.Find(asked.TemplateId)!;
            choices.AddRange(asked.Entry.Alternatives.Prepend(asked.Entry.SlotId).Distinct()
                .Select(slot => Presenter.Choice("记为" + LogReply.Label(template, slot), $"logfile:{asked.Id}:{slot}")));
        }

        if (added is [{ Entry.Ask: false } only])
        {
            choices.Add(Presenter.Choice("改记到其他项", $"logmove:{only.Id}"));
        }

        CloseWith(new TextReply(string.Join("\n", lines), choices));
    }

    private void ListLog()
    {
        var period = LogPeriod();
        var entries = State.Log.Where(e => e.Entry.Date >= period.Start && e.Entry.Date <= period.End).TakeLast(LogListed).ToList();
        if (entries.Count == 0)
        {
            Lead($"{period.Name}还没有工作记录。平时把工作消息转发给我，或发送“/log 今天召开意识形态专题会议”，写报告时就能直接用。");
            return;
        }

        var lines = entries.Select(e =>
            $"{e.Id}. {e.Entry.Date.Month}月{e.Entry.Date.Day}日 {LogReply.Describe(_catalog.Find(e.TemplateId)!, e.Entry)}{(e.Entry.Ask ? "（待确认）" : string.Empty)}");
        Say(new TextReply(
            $"{period.Name}的工作记录：\n{string.Join("\n", lines)}\n删除一条请发送“/log 删除 序号”，或点下面的按钮。",
            entries.Take(10).Select(e => Presenter.Choice($"删除{e.Id}", $"logdrop:{e.Id}")).ToList()));
    }

    /// <summary>The period the log is shown for: the interview's, else the half-year today is in.</summary>
    private ReportPeriod LogPeriod()
    {
        var interview = State.Interview;
        var template = Template;
        var answered = interview is not null && template is not null
            ? template.Slots.Where(s => s.Kind == SlotKind.Period).Select(s => interview.Answers.GetValueOrDefault(s.Id)?.Text).FirstOrDefault(t => t is not null)
            : null;
        return ReportPeriod.Parse(answered) ?? ReportPeriod.Parse($"{_today.Year}年{(_today.Month <= 6 ? "上半年" : "下半年")}")!;
    }

    private void DropLog(int first, int last)
    {
        var dropped = State.Log.Where(e => e.Id >= first && e.Id <= last).ToList();
        if (dropped.Count == 0)
        {
            Lead("没有这条工作记录。发送 /log 查看本期记录。");
            return;
        }

        State = State with { Log = State.Log.RemoveAll(e => e.Id >= first && e.Id <= last) };
        _changed = true;
        Lead($"已删除{dropped.Count}条工作记录。");
    }

    /// <summary>Files an entry under another slot (the user's correction, or the answer to the bot's question).</summary>
    private void FileLog(int id, string slotId)
    {
        var logged = State.Log.FirstOrDefault(e => e.Id == id);
        var template = logged is null ? null : _catalog.Find(logged.TemplateId);
        if (logged is null || template is null || !template.HasSlot(slotId))
        {
            Lead(Messages.StaleButton);
            return;
        }

        var kind = template.Slot(slotId).Kind;
        var entry = logged.Entry with { SlotId = slotId, Ask = false, Doubt = null, Alternatives = [] };
        entry = kind == SlotKind.List
            ? entry with { Item = entry.Item ?? entry.Source, Count = null }
            : kind is SlotKind.Count or SlotKind.Approx && entry.Count is null && entry.Value is null ? entry with { Count = 1, Item = null } : entry;
        State = State with { Log = State.Log.SetItem(State.Log.IndexOf(logged), logged with { Entry = entry }) };
        _changed = true;
        CloseWith(new TextReply($"已改记为：{LogReply.Describe(template, entry)}（{entry.Date.Month}月{entry.Date.Day}日）。", [Presenter.Choice("撤销", $"logundo:{id}:{id}")]));
    }

    /// <summary>"改记到其他项": the sections of the template, then the slots of the one picked.</summary>
    private void OfferLogTargets(int id, string? sectionKey)
    {
        var logged = State.Log.FirstOrDefault(e => e.Id == id);
        if (logged is null || _catalog.Find(logged.TemplateId) is not { } template)
        {
            Lead(Messages.StaleButton);
            return;
        }

        var targets = template.Slots.Where(s => Refilable.Contains(s.Kind)).ToList();
        var choices = sectionKey is null
            ? targets.Select(s => s.Section).DistinctBy(s => s.Key).Select(s => Presenter.Choice(s.ShortLabel, $"logsec:{id}:{s.Key}")).ToList()
            : targets.Where(s => s.Section.Key == sectionKey).Select(s => Presenter.Choice(Shorten(s.Question), $"logfile:{id}:{s.Id}")).ToList();
        CloseWith(new TextReply(sectionKey is null ? "改记到哪一部分？" : "改记到哪一项？", choices));
    }

    /// <summary>True when a log verb names an entry (and slot or section) that exists: the data is the offer.</summary>
    private bool LogVerbValid(string name, string argument)
    {
        var parts = argument.Split(':');
        var entry = Verbs.Index(parts[0]) is { } id ? State.Log.FirstOrDefault(e => e.Id == id) : null;
        return (name, parts.Length) switch
        {
            ("logundo", 2) => entry is not null,
            ("logdrop" or "logmove", 1) => entry is not null,
            ("logfile", 2) => entry is not null && _catalog.Find(entry.TemplateId)?.HasSlot(parts[1]) == true,
            ("logsec", 2) => entry is not null,
            _ => false,
        };
    }

    private void OnLogChoice(string name, string argument)
    {
        var parts = argument.Split(':');
        var id = Verbs.Index(parts[0]) ?? 0;
        switch (name)
        {
            case "logundo":
                DropLog(id, Verbs.Index(parts[1]) ?? id);
                break;
            case "logdrop":
                DropLog(id, id);
                break;
            case "logmove":
                OfferLogTargets(id, null);
                break;
            case "logsec":
                OfferLogTargets(id, parts[1]);
                break;
            case "logfile":
                FileLog(id, parts[1]);
                break;
        }
    }

    /// <summary>The log's total for the current question in the interview's period, when it has one.</summary>
    private SlotTotal? LogTotal(SlotDefinition slot) => Presenter.LogTotal(slot);

    /// <summary>采用工作记录: the question's answer from the log, marked as such.</summary>
    private void TakeFromLog()
    {
        var slot = Current;
        if (LogTotal(slot) is not { } total || LogAnswers.From(slot, total) is not { } answer)
        {
            Lead(Messages.StaleButton);
            return;
        }

        Store(slot, answer with { FromLog = true }, "已采用工作记录：" + slot.Handler().Describe(slot, answer) + "。");
    }

    private static string Shorten(string question) => question.Length <= 24 ? question : question[..24] + "…";

    /// <summary>Ends the turn with this reply instead of the phase's prompt (outside an interview's questions).</summary>
    private void CloseWith(TextReply reply)
    {
        if (State.Phase is Phase.ChoosingTemplate or Phase.Drafted)
        {
            _closing = reply;
            return;
        }

        Say(reply);
    }
}
