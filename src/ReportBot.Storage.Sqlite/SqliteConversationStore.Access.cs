using ReportBot.Core.Conversations;

namespace ReportBot.Storage.Sqlite;

/// <summary>Users admitted with invite codes, and the codes.</summary>
public sealed partial class SqliteConversationStore
{
    /// <inheritdoc/>
    public async Task<bool> IsAdmittedAsync(long userId, CancellationToken cancellationToken) =>
        (await QueryAsync("SELECT 1 FROM admitted_users WHERE user_id = $user;", new Dictionary<string, object?> { ["$user"] = userId }, _ => true, cancellationToken)).Count > 0;

    /// <inheritdoc/>
    public Task CreateInviteAsync(string code, long createdBy, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "INSERT INTO invite_codes (code, created_by, created_at, expires_at) VALUES ($code, $by, $now, $expires);",
            new Dictionary<string, object?> { ["$code"] = code, ["$by"] = createdBy, ["$now"] = Now(), ["$expires"] = Stamp(expiresAt) },
            cancellationToken);

    /// <inheritdoc/>
    public Task<bool> RedeemInviteAsync(string code, long userId, CancellationToken cancellationToken) =>
        RunAsync(
            async connection =>
            {
                var parameters = new Dictionary<string, object?> { ["$code"] = code, ["$user"] = userId, ["$now"] = Now() };
                await using var transaction = connection.BeginTransaction();
                var used = await ExecuteAsync(
                    connection, transaction,
                    "UPDATE invite_codes SET used_by = $user, used_at = $now WHERE code = $code AND used_at IS NULL AND expires_at > $now;",
                    parameters, cancellationToken);
                if (used != 1)
                {
                    return false;
                }

                await ExecuteAsync(
                    connection, transaction,
                    "INSERT INTO admitted_users (user_id, admitted_at, invite_code) VALUES ($user, $now, $code) ON CONFLICT (user_id) DO NOTHING;",
                    parameters, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return true;
            },
            cancellationToken);

    /// <inheritdoc/>
    public async Task<bool> RevokeAsync(long userId, CancellationToken cancellationToken) =>
        await ExecuteAsync("DELETE FROM admitted_users WHERE user_id = $user;", new Dictionary<string, object?> { ["$user"] = userId }, cancellationToken) > 0;
}
