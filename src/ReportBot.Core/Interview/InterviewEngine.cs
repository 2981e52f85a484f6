using ReportBot.Core.Templates;

namespace ReportBot.Core.Interview;

/// <summary>
/// The interview: one user input for one conversation in, the next session and the replies out. It holds no
/// state between turns; transports (Telegram, the terminal) load the session, call <see cref="Handle"/>, store the
/// result and deliver the replies.
/// </summary>
public sealed class InterviewEngine(TemplateCatalog catalog, TimeProvider time, InterviewPolicy? policy = null)
{
    private readonly InterviewPolicy _policy = policy ?? new InterviewPolicy();

    /// <summary>The templates this engine offers.</summary>
    public TemplateCatalog Catalog => catalog;

    /// <summary>
    /// A turn object kept per thread for the next turn: building its state machine costs as much as a turn. Only a
    /// turn that ended normally is kept (one that threw may have left its machine mid-move).
    /// </summary>
    [ThreadStatic]
    private static Turn? t_spare;

    /// <summary>Applies one input to a session (null for a conversation never seen before).</summary>
    public TurnResult Handle(ConversationState? session, UserInput input)
    {
        var turn = Rent(session ?? new ConversationState());
        turn.Run(input);
        var result = new TurnResult(turn.State with { UpdatedAt = time.GetUtcNow() }, turn.Replies) { Forgotten = turn.Forgotten };
        t_spare = turn;
        return result;
    }

    private Turn Rent(ConversationState session)
    {
        var turn = t_spare;
        t_spare = null;
        if (turn is null)
        {
            return new Turn(catalog, session, time, _policy);
        }

        turn.Reset(catalog, session, time, _policy);
        return turn;
    }

    /// <summary>
    /// The time-based turn, without user input: closes an interview idle past the expiry (with a notice) or sends
    /// the one reminder a user asked for. Null when nothing is due. The idle clock is not reset.
    /// </summary>
    public TurnResult? Tick(ConversationState session)
    {
        var turn = Rent(session);
        var result = turn.Tick() ? new TurnResult(turn.State, turn.Replies) : null;
        t_spare = turn;
        return result;
    }
}

/// <summary>The interview's states and moves, read from the machine itself (docs/interview.md is generated from it).</summary>
public static class InterviewGraph
{
    /// <summary>The states, triggers, guards and entry actions as Stateless describes them.</summary>
    public static Stateless.Reflection.StateMachineInfo Info => Turn.Describe();

    /// <summary>The diagram in Mermaid.</summary>
    public static string Mermaid() => Stateless.Graph.MermaidGraph.Format(Info);
}

/// <summary>The outcome of one turn: the session to store and the replies to deliver, in order.</summary>
public sealed record TurnResult(ConversationState Session, IReadOnlyList<Reply> Replies)
{
    /// <summary>The user deleted their data (/forget): the transport deletes what it stores about the conversation.</summary>
    public bool Forgotten { get; init; }
}
