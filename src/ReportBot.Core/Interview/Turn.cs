using ReportBot.Core.Drafting;
using ReportBot.Core.Templates;

namespace ReportBot.Core.Interview;

/// <summary>
/// One turn of the interview: routes the input (button, command, answer) and collects the replies. The session
/// is replaced, never mutated; the phase moves only through <see cref="InterviewMachine"/>.
/// </summary>
internal sealed partial class Turn
{
    private readonly TemplateCatalog _catalog;
    private readonly DateOnly _today;
    private readonly TimeProvider _time;
    private readonly InterviewPolicy _policy;
    private readonly List<Reply> _replies = [];
    private readonly InterviewMachine _machine;

    public Turn(TemplateCatalog catalog, InterviewSession session, TimeProvider time, InterviewPolicy policy)
    {
        _catalog = catalog;
        _time = time;
        _policy = policy;
        _today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        Session = session;
        _machine = new InterviewMachine(() => Session.Phase, p => Session = Session with { Phase = p }, () => Session.ReturnPhase);
    }

    public InterviewSession Session { get; private set; }

    public IReadOnlyList<Reply> Replies => _replies;

    private ReportTemplate? Template => _catalog.Find(Session.TemplateId);

    private ReportTemplate RequiredTemplate => Template ?? throw new InvalidOperationException("No template in this session.");

    private Presenter Presenter => new(_catalog, Template, Session, _today);

    public void Run(UserInput input)
    {
        if (Session.TemplateId is not null && Template is null)
        {
            Session = Session.Fresh();
            Say(Presenter.TemplateMenu("您之前填写的报告类型已不再提供，请重新选择："));
            return;
        }

        if (Expire() is { } notice)
        {
            // The input was meant for the closed interview: it is not applied to anything else.
            Say(Presenter.TemplateMenu(notice + "\n\n请选择要写的报告："));
            return;
        }

        var before = Session;
        Session = TemplateUpgrade.Apply(Session, Template);
        if (!ReferenceEquals(before, Session))
        {
            var open = Template!.Slots.Count(s => !Session.Answers.ContainsKey(s.Id));
            Say(new TextReply(open > 0 ? $"《{Template.Name}》的模板已更新。您之前的回答都已保留，只需再回答新增或改动的{open}题。" : $"《{Template.Name}》的模板已更新，您之前的回答都已保留。"));
        }

        switch (input)
        {
            case EditedMessageInput:
                Say(Presenter.Current(Messages.EditedMessage));
                break;
            case UnsupportedInput unsupported:
                Say(Presenter.Current(Messages.Unsupported(unsupported.What)));
                break;
            case ChoiceInput choice:
                OnButton(choice.Data);
                break;
            case TextInput text:
                OnText(text.Text);
                break;
        }
    }

    private void OnButton(string data)
    {
        if (ChoiceData.Verb(data, out var step) is not { } verb || step != Session.Step)
        {
            Say(Presenter.Current(Messages.StaleButton));
            return;
        }

        OnChoice(verb);
    }

    private void OnText(string text)
    {
        var command = CommandParser.Parse(text);
        if (command != Command.None)
        {
            OnCommand(command);
            return;
        }

        if (MatchChoice(text) is { } verb)
        {
            OnChoice(verb);
            return;
        }

        switch (Session.Phase)
        {
            case Phase.Asking:
                Answer(text);
                break;
            case Phase.ChoosingTemplate when _catalog.Templates.FirstOrDefault(t => text.Contains(t.Name, StringComparison.Ordinal) || t.Name.Contains(text.Trim(), StringComparison.Ordinal)) is { } chosen && text.Trim().Length >= 2:
                StartTemplate(chosen.Id);
                break;
            case Phase.PickingSection when Template!.EditableSections.FirstOrDefault(s => s.ShortLabel.Contains(text.Trim(), StringComparison.Ordinal) && text.Trim().Length >= 2) is { } section:
                PickSection(section.Key);
                break;
            default:
                Say(Presenter.Current("请点选下面的选项（也可以回复序号）："));
                break;
        }
    }

    /// <summary>A typed label ("保持不变") or, in menus, a typed number picks the matching button.</summary>
    private string? MatchChoice(string text)
    {
        var prompt = Presenter.Current();
        var trimmed = text.Trim();
        var match = prompt.Choices.FirstOrDefault(c => c.Label == trimmed);
        if (match is null && prompt.Numbered && int.TryParse(trimmed, out var number) && number >= 1 && number <= prompt.Choices.Count)
        {
            match = prompt.Choices[number - 1];
        }

        return match is null ? null : ChoiceData.Verb(match.Data, out _);
    }

    private void OnChoice(string verb)
    {
        var (name, argument) = verb.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0
            ? (verb[..colon], verb[(colon + 1)..])
            : (verb, string.Empty);
        switch (Session.Phase, name)
        {
            case (Phase.ChoosingTemplate, "tpl"):
                StartTemplate(argument);
                break;
            case (Phase.Asking, "opt"):
                AnswerOption(int.Parse(argument, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case (Phase.Asking, "keep"):
                Keep();
                break;
            case (Phase.Asking, "skip"):
                Skip();
                break;
            case (Phase.Asking, "done"):
                Done();
                break;
            case (Phase.Asking, "mode"):
                ChooseMode(Enum.Parse<DefaultsMode>(argument));
                break;
            case (Phase.Reviewing, "gen"):
                Generate();
                break;
            case (Phase.Reviewing or Phase.Finished, "edit"):
                OpenEditor();
                break;
            case (Phase.PickingSection, "sec"):
                PickSection(argument);
                break;
            case (_, "hist"):
                ResendReport(int.Parse(argument, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case (Phase.Asking, "reuse"):
                Reuse();
                break;
            case (Phase.ConfirmingCancel, "yes"):
                ConfirmCancel();
                break;
            case (Phase.ConfirmingCancel, "no"):
                Resume("好的，我们继续。");
                break;
            default:
                Say(Presenter.Current(Messages.StaleButton));
                break;
        }
    }

    private void Say(Reply reply) => _replies.Add(reply);

    /// <summary>Replaces the session and counts a step, so buttons of earlier prompts become stale.</summary>
    private void Change(Func<InterviewSession, InterviewSession> change) =>
        Session = change(Session) with { Step = Session.Step + 1 };

    private Draft BuildDraft() => DraftBuilder.Build(RequiredTemplate, Session.Answers, _today);
}
