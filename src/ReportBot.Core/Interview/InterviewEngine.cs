using ReportBot.Core.Templates;

namespace ReportBot.Core.Interview;

/// <summary>
/// The interview: one user input for one conversation in, the next session and the replies out. It holds no
/// state between turns; transports (Telegram, the terminal) load the session, call <see cref="Handle"/>, store the
/// result and deliver the replies.
/// </summary>
public sealed class InterviewEngine(TemplateCatalog catalog, TimeProvider time)
{
    /// <summary>The templates this engine offers.</summary>
    public TemplateCatalog Catalog => catalog;

    /// <summary>Applies one input to a session (null for a conversation never seen before).</summary>
    public TurnResult Handle(InterviewSession? session, UserInput input)
    {
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var turn = new Turn(catalog, session ?? new InterviewSession(), today);
        turn.Run(input);
        return new TurnResult(turn.Session with { UpdatedAt = time.GetUtcNow() }, turn.Replies);
    }
}

/// <summary>The outcome of one turn: the session to store and the replies to deliver, in order.</summary>
public sealed record TurnResult(InterviewSession Session, IReadOnlyList<Reply> Replies);
