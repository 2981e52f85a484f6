namespace ReportBot.FakeBotApi.State;

/// <summary>Everything observed besides messages: requests, callback answers, commands, chat actions.</summary>
internal sealed class Recorder
{
    private readonly Lock _gate = new();
    private readonly List<RequestLogEntry> _requests = [];
    private readonly List<CallbackAnswer> _answers = [];
    private readonly List<CommandsSet> _commands = [];
    private readonly List<ChatActionSent> _actions = [];
    private readonly HashSet<string> _unanswered = new(StringComparer.Ordinal);

    public void Request(RequestLogEntry entry) => Add(_requests, entry);

    public void Answer(CallbackAnswer answer)
    {
        lock (_gate)
        {
            _answers.Add(answer);
            _unanswered.Remove(answer.CallbackQueryId);
        }
    }

    public void CallbackAsked(string id)
    {
        lock (_gate)
        {
            _unanswered.Add(id);
        }
    }

    public void Commands(CommandsSet set) => Add(_commands, set);

    public void Action(ChatActionSent action) => Add(_actions, action);

    public IReadOnlyList<RequestLogEntry> Requests => Snapshot(_requests);

    public IReadOnlyList<CallbackAnswer> Answers => Snapshot(_answers);

    public IReadOnlyList<CommandsSet> CommandSets => Snapshot(_commands);

    public IReadOnlyList<ChatActionSent> Actions => Snapshot(_actions);

    public IReadOnlyList<string> Unanswered
    {
        get
        {
            lock (_gate)
            {
                return [.. _unanswered];
            }
        }
    }

    private void Add<T>(List<T> list, T item)
    {
        lock (_gate)
        {
            list.Add(item);
        }
    }

    private List<T> Snapshot<T>(List<T> list)
    {
        lock (_gate)
        {
            return [.. list];
        }
    }
}
