namespace ReportBot.Storage.Postgres;

/// <summary>Users admitted with invite codes, and the codes.</summary>
public sealed partial class PostgresConversationStore
{
    /// <inheritdoc/>
    public async Task<bool> IsAdmittedAsync(long userId, CancellationToken cancellationToken) =>
        (await QueryAsync("SELECT 1 FROM admitted_users WHERE user_id = @user;", _ => true, cancellationToken, ("user", userId))).Count > 0;

    /// <inheritdoc/>
    public Task CreateInviteAsync(string code, long createdBy, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        return InTransactionAsync(
            (connection, transaction) => ExecuteAsync(
                connection, transaction,
                "INSERT INTO invite_codes (code, created_by, created_at, expires_at) VALUES (@code, @by, @now, @expires);",
                cancellationToken,
                ("code", code), ("by", createdBy), ("now", now), ("expires", expiresAt.ToUniversalTime())),
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<bool> RedeemInviteAsync(string code, long userId, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        return InTransactionAsync(
            async (connection, transaction) =>
            {
                // The row lock of the UPDATE makes a code redeemed by two users at once go to one of them.
                var used = await ExecuteAsync(
                    connection, transaction,
                    "UPDATE invite_codes SET used_by = @user, used_at = @now WHERE code = @code AND used_at IS NULL AND expires_at > @now;",
                    cancellationToken,
                    ("code", code), ("user", userId), ("now", now));
                if (used != 1)
                {
                    return false;
                }

                await ExecuteAsync(
                    connection, transaction,
                    "INSERT INTO admitted_users (user_id, admitted_at, invite_code) VALUES (@user, @now, @code) ON CONFLICT (user_id) DO NOTHING;",
                    cancellationToken,
                    ("code", code), ("user", userId), ("now", now));
                return true;
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<bool> RevokeAsync(long userId, CancellationToken cancellationToken) =>
        await InTransactionAsync(
            (connection, transaction) => ExecuteAsync(connection, transaction, "DELETE FROM admitted_users WHERE user_id = @user;", cancellationToken, ("user", userId)),
            cancellationToken) > 0;
}
