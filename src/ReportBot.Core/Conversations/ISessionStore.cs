using ReportBot.Core.Interview;

namespace ReportBot.Core.Conversations;

/// <summary>
/// Where sessions live between turns, keyed by conversation. Saves are optimistic: a save succeeds only when the
/// stored version is still the one the session was loaded at (<see cref="ConversationState.Version"/>).
/// </summary>
public interface ISessionStore
{
    /// <summary>The session of a conversation, or null when there is none.</summary>
    Task<ConversationState?> LoadAsync(string conversationKey, CancellationToken cancellationToken);

    /// <summary>
    /// Stores <paramref name="session"/> if the stored version still equals <see cref="ConversationState.Version"/>
    /// (0 = not stored yet); the stored copy gets the next version. False when someone else saved first.
    /// </summary>
    Task<bool> TrySaveAsync(string conversationKey, ConversationState session, CancellationToken cancellationToken);
}
