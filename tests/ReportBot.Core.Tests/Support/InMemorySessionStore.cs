using System.Collections.Concurrent;
using ReportBot.Core.Conversations;
using ReportBot.Core.Interview;

namespace ReportBot.Core.Tests.Support;

/// <summary>A session store in memory, with the same optimistic version check as the real ones.</summary>
public sealed class InMemorySessionStore : ISessionStore
{
    private readonly ConcurrentDictionary<string, ConversationState> _sessions = new();

    public Task<ConversationState?> LoadAsync(string conversationKey, CancellationToken cancellationToken) =>
        Task.FromResult(_sessions.GetValueOrDefault(conversationKey));

    public Task<bool> TrySaveAsync(string conversationKey, ConversationState session, CancellationToken cancellationToken)
    {
        var next = session with { Version = session.Version + 1 };
        var saved = session.Version == 0
            ? _sessions.TryAdd(conversationKey, next)
            : _sessions.TryGetValue(conversationKey, out var current) && current.Version == session.Version && _sessions.TryUpdate(conversationKey, next, current);
        return Task.FromResult(saved);
    }
}
