using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using ReportBot.Core.Conversations;
using ReportBot.Core.Drafting;
using ReportBot.Core.Interview;
using ReportBot.Core.Tests.Support;

namespace ReportBot.Core.Tests.Interview.Model;

/// <summary>
/// Runs one generated session against the real engine (through the conversation service and a store, restarting
/// on demand from the stored JSON) beside the <see cref="AnswerModel"/>, and checks after every step: no answer
/// the user did not replace or clear is gone, the phase is one the machine allows, the state round-trips through
/// JSON, and every draft holds every kept answer.
/// </summary>
public sealed class ModelRun
{
    private const string Key = "model:1";
    private static readonly HashSet<Phase> Resting = [.. Enum.GetValues<Phase>().Except([Phase.Interviewing, Phase.Finished])];
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.FromHours(8)));
    private readonly AnswerModel _model = new(ModelTemplate.Template);
    private readonly List<string> _log = [];
    private readonly List<TextReply> _prompts = [];
    private InMemorySessionStore _store = new();
    private ConversationService _service;

    public ModelRun() => _service = NewService();

    /// <summary>Runs the operations; throws with the transcript when a check fails.</summary>
    public void Run(IReadOnlyList<Operation> operations)
    {
        Send(new TextInput("/start"), "start");
        foreach (var operation in operations)
        {
            if (operation.Kind == OperationKind.Restart)
            {
                Restart();
                continue;
            }

            var before = State;
            var prompt = _prompts[^1];
            var input = InputFor(operation, before, prompt);
            _model.Apply(before, prompt, input);
            var replies = Send(input, operation.ToString());
            _model.Settle(before, State);
            Check(replies);
        }
    }

    private ConversationState State => _store.LoadAsync(Key, CancellationToken.None).GetAwaiter().GetResult() ?? new ConversationState();

    private ConversationService NewService() => new(new InterviewEngine(ModelTemplate.Catalog, _time), _store);

    /// <summary>A restart: a new engine and store holding only what the JSON of the state holds.</summary>
    private void Restart()
    {
        var json = SessionJson.Serialize(State);
        _store = new InMemorySessionStore();
        Assert.True(_store.TrySaveAsync(Key, SessionJson.Deserialize(json) with { Version = 0 }, CancellationToken.None).GetAwaiter().GetResult());
        _service = NewService();
        _log.Add("-- restart --");
    }

    private IReadOnlyList<Reply> Send(UserInput input, string what)
    {
        _time.Advance(TimeSpan.FromSeconds(5));
        var replies = _service.HandleAsync(Key, input, CancellationToken.None).GetAwaiter().GetResult();
        var prompt = replies.OfType<TextReply>().Last();
        _prompts.Add(prompt);
        _log.Add($"{what} {Describe(input)} → [{State.Phase}] {prompt.Text.Replace('\n', ' ')[..Math.Min(60, prompt.Text.Length)]}");
        return replies;
    }

    private UserInput InputFor(Operation operation, ConversationState state, TextReply prompt)
    {
        var v = operation.Value;
        return operation.Kind switch
        {
            OperationKind.Answer => new TextInput(AnswerFor(state, v)),
            OperationKind.BadAnswer => new TextInput("很多"),
            OperationKind.Back => new TextInput(v % 2 == 0 ? "/back" : "上一步"),
            OperationKind.Skip => new TextInput("/skip"),
            OperationKind.Edit => new TextInput("/edit"),
            OperationKind.Cancel => new TextInput(v % 2 == 0 ? "/cancel" : "取消"),
            OperationKind.New => new TextInput("/new"),
            OperationKind.Done => new TextInput("完成"),
            OperationKind.Press when prompt.Choices.Count > 0 => new ChoiceInput(prompt.Choices[v % prompt.Choices.Count].Data),
            OperationKind.Press => new TextInput("/status"),
            OperationKind.Draft => new TextInput("/draft"),
            OperationKind.StaleButton when _prompts.Count > 2 && _prompts[^3].Choices.Count > 0 => new ChoiceInput(_prompts[^3].Choices[v % _prompts[^3].Choices.Count].Data),
            OperationKind.StaleButton => new ChoiceInput("0|keep"),
            OperationKind.ForgedButton => new ChoiceInput((v % 4) switch
            {
                0 => $"{state.Step}|opt:99999999999",
                1 => $"{state.Step}|mode:99",
                2 => $"{state.Step}|hist:99999999999",
                _ => $"{state.Step}|opt:1|opt:2",
            }),
            OperationKind.Look => new TextInput((v % 3) switch { 0 => "/status", 1 => "/history", _ => "/help" }),
            _ => new TextInput(((v % 5) + 1).ToString(CultureInfo.InvariantCulture)),
        };
    }

    /// <summary>A valid answer for the question the user sees (or just words, where no question is asked).</summary>
    private static string AnswerFor(ConversationState state, int v)
    {
        var template = ModelTemplate.Template;
        if (state.Interview is not { } interview || interview.Position >= template.Slots.Count)
        {
            return "你好";
        }

        return template.Slots[interview.Position].Id switch
        {
            "period" => (v % 3) switch { 0 => "2020年上半年", 1 => "2021年", _ => "2019年第三季度" },
            "unit" => "红旗街道" + "甲乙丙丁"[v % 4],
            "study" => (v % 40).ToString(CultureInfo.InvariantCulture),
            "events" => ((v % 9) * 10).ToString(CultureInfo.InvariantCulture),
            "rate" => (v % 101).ToString(CultureInfo.InvariantCulture) + "%",
            "acts" => "读书活动" + "一二三四五六七八九"[v % 9],
            "media" => $"《报刊{"甲乙丙丁"[v % 4]}》 {(v % 7) + 1}篇",
            "style" => v % 2 == 0 ? "线上" : "线下",
            "more" => "补充工作" + "一二三四五"[v % 5],
            _ => "队伍建设" + "一二三四五"[v % 5],
        };
    }

    private void Check(IReadOnlyList<Reply> replies)
    {
        var state = State;
        Ensure(Resting.Contains(state.Phase), $"the phase {state.Phase} is a superstate, never a resting phase");
        Ensure((state.Interview is null) == (state.Phase == Phase.ChoosingTemplate), $"phase {state.Phase} with interview {(state.Interview is null ? "missing" : "present")}");
        if (state.Interview is { } interview)
        {
            var count = ModelTemplate.Template.Slots.Count;
            Ensure(interview.Position >= 0 && interview.Position <= count, $"position {interview.Position} out of range");
            var asking = state.Phase is Phase.Asking or Phase.EditingSection or Phase.Revising;
            Ensure(!asking || interview.Position < count, "asking past the last question");
            var editing = state.Phase is Phase.PickingSection or Phase.EditingSection or Phase.ChoosingRevision or Phase.Revising;
            Ensure(editing == (interview.Edit is not null), $"phase {state.Phase} with edit {(interview.Edit is null ? "missing" : "present")}");
            Ensure((state.Phase is Phase.EditingSection or Phase.Revising) == (interview.Edit?.SectionKey is not null), "a section edit without its section");
        }

        var json = SessionJson.Serialize(state);
        Ensure(SessionJson.Serialize(SessionJson.Deserialize(json)) == json, "the state does not round-trip through JSON");
        Ensure(json == SessionJsonTests.ByReflection(state), "the generated serialiser writes other JSON than the reflection-based one");

        var actual = (state.Interview?.Answers ?? []).ToDictionary(a => a.Key, a => AnswerModel.Normal(a.Value));
        var lost = _model.Expected.Where(e => actual.GetValueOrDefault(e.Key) != e.Value).Select(e => $"{e.Key}: expected {e.Value}, got {actual.GetValueOrDefault(e.Key) ?? "nothing"}");
        var extra = actual.Where(a => !_model.Expected.ContainsKey(a.Key)).Select(a => $"{a.Key}: unexpected {a.Value}");
        var differences = lost.Concat(extra).ToList();
        Ensure(differences.Count == 0, "answers differ from what the user said: " + string.Join("; ", differences));

        foreach (var draft in replies.OfType<DraftReply>())
        {
            CheckDraft(draft.Draft);
        }
    }

    /// <summary>Every non-empty kept answer is printed (each slot stands alone in its item in the model template).</summary>
    private void CheckDraft(Draft draft)
    {
        var text = draft.Title + string.Concat(draft.Blocks.Select(b => b is DraftParagraph p ? p.FullText : ((DraftHeading)b).FullText));
        var answers = State.Interview?.Answers ?? [];
        foreach (var (id, answer) in answers.Where(a => !a.Value.IsEmpty))
        {
            IEnumerable<string> expected = answer switch
            {
                { Mode: DefaultsMode.Replace or DefaultsMode.Extend } => answer.Items ?? [],
                { Mode: not null } => [],
                { Items: { } items } => items,
                { Pairs: { } pairs } => pairs.Select(p => p.Name),
                { Number: { } n } => [n.ToString(CultureInfo.InvariantCulture)],
                { Percent: { } p } => [p.ToString("0.##", CultureInfo.InvariantCulture)],
                _ => [answer.Text ?? string.Empty],
            };
            foreach (var piece in expected)
            {
                Ensure(text.Contains(Punctuation.ToFullWidth(piece), StringComparison.Ordinal), $"the draft lacks {id} = {piece}:\n{text}");
            }
        }
    }

    private void Ensure(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException(what + "\nTranscript:\n" + string.Join("\n", _log.TakeLast(40)));
        }
    }

    private static string Describe(UserInput input) => input switch
    {
        TextInput t => $"“{t.Text}”",
        ChoiceInput c => $"[{c.Data}]",
        _ => input.GetType().Name,
    };
}
