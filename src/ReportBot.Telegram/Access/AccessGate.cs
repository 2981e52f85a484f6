using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportBot.Core.Conversations;
using ReportBot.Core.Interview;
using ReportBot.Telegram.Processing;
using ReportBot.Telegram.Receiving;

namespace ReportBot.Telegram.Access;

/// <summary>The gate's answer: go on to the interview with <see cref="Input"/>, or send <see cref="Reply"/> and stop.</summary>
public sealed record GateResult(UserInput? Input, string? Reply)
{
    /// <summary>Admitted: the interview gets the input.</summary>
    public static GateResult Pass(UserInput input) => new(input, null);

    /// <summary>Handled here (a refusal or an admin command): this reply, nothing applied.</summary>
    public static GateResult Answer(string reply) => new(null, reply);
}

/// <summary>
/// Who may talk to the interview, decided before the engine sees anything: configured users and admins, users who
/// redeemed an invite code (<c>/start CODE</c>), or everyone when nothing is configured. Admins create one-time codes
/// with <c>/invite</c> and remove invited users with <c>/revoke ID</c>. Anonymous group admins are refused politely:
/// they share one identity, so their interviews could not be kept apart.
/// </summary>
public sealed class AccessGate(IAccessStore store, IOptions<AccessOptions> options, TimeProvider time, ILogger<AccessGate> logger)
{
    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>Decides about one update of <paramref name="userId"/>.</summary>
    public async Task<GateResult> CheckAsync(InboundMessage inbound, long userId, long updateId, CancellationToken cancellationToken)
    {
        if (inbound.Anonymous)
        {
            return GateResult.Answer(TransportTexts.Anonymous);
        }

        var access = options.Value;
        var (command, argument) = Command(inbound);
        var admin = access.AdminUserIds.Contains(userId);
        if (admin && command == "invite")
        {
            return GateResult.Answer(await InviteAsync(userId, cancellationToken));
        }

        if (admin && command == "revoke")
        {
            return GateResult.Answer(await RevokeAsync(userId, argument, cancellationToken));
        }

        if (access.Open || admin || access.AllowedUserIds.Contains(userId) || await store.IsAdmittedAsync(userId, cancellationToken))
        {
            return command is "invite" or "revoke" && !access.Open ? GateResult.Answer(TransportTexts.AdminOnly) : GateResult.Pass(inbound.ToInput());
        }

        if (command == "start" && argument.Length > 0)
        {
            if (await store.RedeemInviteAsync(argument.ToUpperInvariant(), userId, cancellationToken))
            {
                Log.AccessChanged(logger, userId, "admitted with an invite code", 0);
                return GateResult.Pass(new TextInput("/start"));
            }

            return GateResult.Answer(TransportTexts.BadInvite(userId));
        }

        Log.Refused(logger, updateId, userId);
        return GateResult.Answer(TransportTexts.Refusal(userId));
    }

    private async Task<string> InviteAsync(long adminId, CancellationToken cancellationToken)
    {
        var code = RandomNumberGenerator.GetString(CodeAlphabet, 10);
        var hours = options.Value.InviteValidHours;
        await store.CreateInviteAsync(code, adminId, time.GetUtcNow().AddHours(hours), cancellationToken);
        Log.AccessChanged(logger, 0, "invite code created", adminId);
        return TransportTexts.Invite(code, hours);
    }

    private async Task<string> RevokeAsync(long adminId, string argument, CancellationToken cancellationToken)
    {
        if (!long.TryParse(argument, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var target))
        {
            return TransportTexts.RevokeUsage;
        }

        if (options.Value.AllowedUserIds.Contains(target) || options.Value.AdminUserIds.Contains(target))
        {
            return TransportTexts.Configured(target);
        }

        if (!await store.RevokeAsync(target, cancellationToken))
        {
            return TransportTexts.NotInvited(target);
        }

        Log.AccessChanged(logger, target, "revoked", adminId);
        return TransportTexts.Revoked(target);
    }

    /// <summary>"/invite", "/revoke@Bot 42" → (name, argument); anything else → (null, "").</summary>
    private static (string? Name, string Argument) Command(InboundMessage inbound)
    {
        if (inbound.Kind != "text" || !inbound.Text.TrimStart().StartsWith('/'))
        {
            return (null, string.Empty);
        }

        var parts = inbound.Text.Trim()[1..].Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            return (null, string.Empty);
        }

        var name = parts[0].Split('@', 2)[0].ToLowerInvariant();
        return (name, parts.Length > 1 ? parts[1] : string.Empty);
    }
}
