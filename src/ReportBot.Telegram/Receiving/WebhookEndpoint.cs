using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportBot.Core.Conversations;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace ReportBot.Telegram.Receiving;

/// <summary>
/// The webhook's HTTP side: Telegram posts one update per request with the secret in
/// <c>X-Telegram-Bot-Api-Secret-Token</c>. The secret is compared in constant time (both sides hashed, then
/// <see cref="CryptographicOperations.FixedTimeEquals"/>); a request without it is answered 401 and logged without
/// its body. An update is recorded in the inbox (committed) before the answer 200, so a crash after 200 loses
/// nothing; a redelivery is recognised by the inbox. <c>/healthz</c> answers while the process runs, <c>/readyz</c>
/// while the database answers too.
/// </summary>
public static class WebhookEndpoint
{
    /// <summary>The header Telegram sends the secret in.</summary>
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>Maps the webhook at <paramref name="path"/>, and the health checks.</summary>
    public static IEndpointRouteBuilder MapReportBotWebhook(
        this IEndpointRouteBuilder endpoints, string path, IMessagePipelineStore store, IOptions<TelegramOptions> options, ILogger logger)
    {
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(options.Value.WebhookSecret));
        var botId = options.Value.BotId;
        endpoints.MapPost(path, (Func<HttpContext, Task<IResult>>)(context => ReceiveAsync(context, expected, botId, store, options.Value, logger)));
        endpoints.MapGet("/healthz", () => Results.Text("ok"));
        endpoints.MapGet("/readyz", async (CancellationToken cancellationToken) =>
        {
            try
            {
                await store.GetValueAsync("readyz", cancellationToken);
                return Results.Text("ready");
            }
            catch (StorageException error)
            {
                return Results.Text("database unavailable: " + error.Message, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return endpoints;
    }

    private static async Task<IResult> ReceiveAsync(HttpContext context, byte[] expected, long botId, IMessagePipelineStore store, TelegramOptions options, ILogger logger)
    {
        var given = context.Request.Headers[SecretHeader].ToString();
        if (given.Length == 0 || !CryptographicOperations.FixedTimeEquals(expected, SHA256.HashData(Encoding.UTF8.GetBytes(given))))
        {
            Log.WebhookRefused(logger, context.Connection.RemoteIpAddress?.ToString() ?? "?", given.Length == 0 ? "no secret header" : "wrong secret");
            return Results.Unauthorized();
        }

        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(context.Request.Body, JsonBotAPI.Options, context.RequestAborted);
        }
        catch (JsonException error)
        {
            Log.WebhookUnreadable(logger, options.RedactSecrets(error.Message));
            return Results.BadRequest();
        }

        if (update is not null && UpdateTranslator.Translate(update, botId) is { } item)
        {
            // Committed before the answer; not cancelled by a client that hangs up (Telegram then sends it again,
            // and the inbox recognises it). A storage fault answers 500, so Telegram retries later.
            await store.AddToInboxAsync([item], CancellationToken.None);
        }

        return Results.Ok();
    }
}
