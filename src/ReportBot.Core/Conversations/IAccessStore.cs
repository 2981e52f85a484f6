namespace ReportBot.Core.Conversations;

/// <summary>Who may use the bot beyond the configured lists: users admitted with a one-time invite code.</summary>
public interface IAccessStore
{
    /// <summary>True when the user redeemed an invite code and was not revoked since.</summary>
    Task<bool> IsAdmittedAsync(long userId, CancellationToken cancellationToken);

    /// <summary>Stores a new one-time invite code.</summary>
    Task CreateInviteAsync(string code, long createdBy, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>Uses the code for <paramref name="userId"/> and admits them, atomically; false when it is unknown, used or expired.</summary>
    Task<bool> RedeemInviteAsync(string code, long userId, CancellationToken cancellationToken);

    /// <summary>Removes an admitted user; false when they were not admitted.</summary>
    Task<bool> RevokeAsync(long userId, CancellationToken cancellationToken);
}
