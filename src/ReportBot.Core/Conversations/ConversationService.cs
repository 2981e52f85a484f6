using ReportBot.Core.Interview;

namespace ReportBot.Core.Conversations;

/// <summary>
/// The one seam between transports and the core: load the conversation's session, run one turn, save it
/// (optimistically, retrying when another writer got there first) and hand back the replies.
/// </summary>
public sealed class ConversationService(InterviewEngine engine, ISessionStore store)
{
    private const int MaxAttempts = 5;

    /// <summary>The engine behind this service.</summary>
    public InterviewEngine Engine => engine;

    /// <summary>Applies one user input to a conversation and returns the replies to deliver.</summary>
    public async Task<IReadOnlyList<Reply>> HandleAsync(string conversationKey, UserInput input, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var session = await store.LoadAsync(conversationKey, cancellationToken);
            var turn = engine.Handle(session, input);
            var toSave = turn.Session with { Version = session?.Version ?? 0 };
            if (await store.TrySaveAsync(conversationKey, toSave, cancellationToken))
            {
                return turn.Replies;
            }

            if (attempt == MaxAttempts)
            {
                throw new InvalidOperationException($"The conversation was changed by another writer {MaxAttempts} times in a row.");
            }
        }
    }
}
