using System.Text.Json;
using ReportBot.Core.Conversations;
using ReportBot.Storage.Sqlite;

namespace ReportBot.Telegram.Tests.Faults;

/// <summary>A conversation's stored answers as canonical JSON (slots sorted by id), for comparing two runs.</summary>
public static class SessionAnswers
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static async Task<string> JsonAsync(ISessionStore store, long chat)
    {
        var session = await store.LoadAsync($"tg:{chat}", CancellationToken.None)
            ?? throw new InvalidOperationException($"No session for chat {chat}.");
        return JsonSerializer.Serialize((session.Interview?.Answers ?? []).OrderBy(a => a.Key, StringComparer.Ordinal).ToDictionary(a => a.Key, a => a.Value), Options);
    }

    /// <summary>Reads the answers from a database file the bot process has left behind.</summary>
    public static Task<string> FromFileAsync(string databasePath, long chat) =>
        JsonAsync(new SqliteConversationStore(new SqliteDatabase(databasePath), TimeProvider.System), chat);
}
