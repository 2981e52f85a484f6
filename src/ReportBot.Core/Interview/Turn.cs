using ReportBot.Core.Answers;
using ReportBot.Core.Drafting;
using ReportBot.Core.Templates;
using Stateless;

namespace ReportBot.Core.Interview;

/// <summary>
/// One turn of the interview: routes the input (button, command, answer), lets the machine move the phase and
/// collects the replies. The state is replaced, never mutated. Every turn ends with the prompt for where the
/// conversation now stands, headed by what the turn did ("已记录：3次。").
/// </summary>
internal sealed partial class Turn
{
    private readonly List<string> _leads = [];
    private TemplateCatalog _catalog;
    private DateOnly _today;
    private TimeProvider _time;
    private InterviewPolicy _policy;
    private List<Reply> _replies = [];
    private readonly StateMachine<Phase, Trigger> _machine;
    private string? _retry;
    private TextReply? _closing;
    private bool _changed;

    public Turn(TemplateCatalog catalog, ConversationState state, TimeProvider time, InterviewPolicy policy)
    {
        Reset(catalog, state, time, policy);
        _machine = new StateMachine<Phase, Trigger>(() => State.Phase, p => State = State with { Phase = p });
        Configure();
    }

    /// <summary>
    /// Makes this object a new turn. The machine's configuration (its guards and actions read this object's fields)
    /// stays: configuring it costs as much as a turn, so the engine reuses a turn object instead of building it again.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(_catalog), nameof(_time), nameof(_policy), nameof(State))]
    public void Reset(TemplateCatalog catalog, ConversationState state, TimeProvider time, InterviewPolicy policy)
    {
        _catalog = catalog;
        _time = time;
        _policy = policy;
        _today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        State = state;
        _replies = [];
        _leads.Clear();
        _retry = null;
        _closing = null;
        _changed = false;
        Forgotten = false;
    }

    public ConversationState State { get; private set; }

    public IReadOnlyList<Reply> Replies => _replies;

    /// <summary>The user asked to delete everything: the stores must delete what they hold about the conversation.</summary>
    public bool Forgotten { get; private set; }

    private InterviewState Interview => State.Interview ?? throw new InvalidOperationException("No interview in this conversation.");

    private ReportTemplate? Template => _catalog.Find(State.Interview?.TemplateId);

    private ReportTemplate RequiredTemplate => Template ?? throw new InvalidOperationException("No template in this conversation.");

    private Presenter Presenter => new(_catalog, Template, State, _today);

    public void Run(UserInput input)
    {
        if (!TemplateStillThere() || Expired())
        {
            // The input was meant for an interview that no longer runs: it is not applied to anything else.
            Finish();
            return;
        }

        Settle();
        Upgrade();
        switch (input)
        {
            case EditedMessageInput:
                Lead(Messages.EditedMessage);
                break;
            case UnsupportedInput unsupported:
                Lead(Messages.Unsupported(unsupported.What));
                break;
            case ChoiceInput choice:
                OnButton(choice.Data);
                break;
            case TextInput { Forwarded: true } forwarded:
                // A forwarded message reports work done elsewhere: it is logged, never taken as an answer.
                LogMessage(TextNormalizer.Clean(forwarded.Text), forwarded.ForwardedFrom);
                break;
            case TextInput text:
                OnText(TextNormalizer.Clean(text.Text));
                break;
        }

        Finish();
    }

    private void OnButton(string data)
    {
        if (ChoiceData.Verb(data, out var step) is not { } verb || step != State.Step)
        {
            Lead(Messages.StaleButton);
            return;
        }

        if (!Offered(verb))
        {
            Lead(Messages.InvalidButton);
            return;
        }

        OnChoice(verb);
    }

    /// <summary>True when the current prompt offers the verb, or it names a kept report (/history buttons).</summary>
    private bool Offered(string verb) =>
        Presenter.Current().Choices.Any(c => c.Data == verb)
        || (Verbs.Split(verb) is ("hist", var index) && Verbs.Index(index) is { } i && i < State.Reports.Count)
        || (Verbs.Split(verb) is var (name, argument) && name.StartsWith("log", StringComparison.Ordinal) && LogVerbValid(name, argument));

    private void OnText(string text)
    {
        var command = CommandParser.Parse(text);
        if (command.Command != Command.None)
        {
            OnCommand(command);
            return;
        }

        if (ChoiceMatch.Verb(Presenter.Current(), text) is { } verb)
        {
            OnChoice(verb);
            return;
        }

        switch (State.Phase)
        {
            case Phase.Asking or Phase.EditingSection or Phase.Revising:
                Answer(text);
                break;
            case Phase.ChoosingTemplate when MatchTemplate(text) is { } chosen:
                StartTemplate(chosen.Id);
                break;
            case Phase.ChoosingTemplate or Phase.Drafted when text.Trim().Length >= 4:
                // No interview runs: a work message typed now goes to the work log.
                LogMessage(text, null);
                break;
            case Phase.PickingSection or Phase.ChoosingRevision when MatchSection(text) is { } section:
                PickSection(section.Key);
                break;
            default:
                _retry = Messages.PleaseChoose;
                break;
        }
    }

    private ReportTemplate? MatchTemplate(string text)
    {
        var typed = text.Trim();
        return typed.Length < 2 ? null : _catalog.Templates.FirstOrDefault(t => typed.Contains(t.Name, StringComparison.Ordinal) || t.Name.Contains(typed, StringComparison.Ordinal));
    }

    private SectionRef? MatchSection(string text)
    {
        var typed = text.Trim();
        var matches = RequiredTemplate.EditableSections.Where(s => typed.Length >= 2 && s.ShortLabel.Contains(typed, StringComparison.Ordinal)).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    private void OnChoice(string verb)
    {
        switch (Verbs.Split(verb))
        {
            case ("tpl", var id):
                StartTemplate(id);
                break;
            case ("opt", var index) when Verbs.Index(index) is { } i:
                AnswerOption(i);
                break;
            case ("keep", _):
                Keep();
                break;
            case ("skip", _):
                Skip();
                break;
            case ("done", _):
                Done();
                break;
            case ("clear", _):
                Clear();
                break;
            case ("mode", var name) when Enum.TryParse<DefaultsMode>(name, out var mode) && Enum.IsDefined(mode):
                ChooseMode(mode);
                break;
            case ("confirm", var index) when Verbs.Index(index) is { } i:
                ConfirmAnswer(i);
                break;
            case ("retype", _):
                Retype();
                break;
            case ("reuse", _):
                Reuse();
                break;
            case ("gen", _):
                Generate();
                break;
            case ("edit", _):
                OpenEditor();
                break;
            case ("sec", var key):
                PickSection(key);
                break;
            case ("hist", var index) when Verbs.Index(index) is { } i:
                ResendReport(i);
                break;
            case ("yes", _):
                Confirm();
                break;
            case ("fromlog", _):
                TakeFromLog();
                break;
            case (var name, var argument) when name.StartsWith("log", StringComparison.Ordinal):
                OnLogChoice(name, argument);
                break;
            case ("no", _):
                Decline();
                break;
            default:
                Lead(Messages.InvalidButton);
                break;
        }
    }

    /// <summary>Adds a line to the head of the turn's closing prompt.</summary>
    private void Lead(string text) => _leads.Add(text);

    private void Say(Reply reply) => _replies.Add(reply);

    /// <summary>Replaces the interview and counts a step, so buttons of earlier prompts become stale.</summary>
    private void Change(Func<InterviewState, InterviewState> change)
    {
        State = State with { Interview = change(Interview) };
        _changed = true;
    }

    /// <summary>Ends the turn: one step for any change, the closing prompt, and the step stamped on every button.</summary>
    private void Finish()
    {
        if (_changed)
        {
            State = State with { Step = State.Step + 1 };
        }

        var presenter = Presenter;
        var lead = _leads.Count > 0 ? string.Join("\n", _leads) : null;
        Say(_retry is not null ? presenter.Retry(_retry)
            : _closing is not null ? _closing with { Text = lead is null ? _closing.Text : lead + "\n\n" + _closing.Text }
            : presenter.Current(lead));
        for (var i = 0; i < _replies.Count; i++)
        {
            if (_replies[i] is TextReply { Choices.Count: > 0 } text)
            {
                _replies[i] = text with { Choices = [.. text.Choices.Select(c => c with { Data = ChoiceData.Create(State.Step, c.Data) })] };
            }
        }
    }

    private Draft BuildDraft() => DraftBuilder.Build(RequiredTemplate, Interview.Answers, _today, Interview.SignOffDate);
}
