using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportBot.Core.Conversations;
using ReportBot.Core.Interview;
using ReportBot.Telegram.Fatal;
using ReportBot.Telegram.Sending;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace ReportBot.Telegram.Receiving;

/// <summary>
/// Webhook mode (<c>Telegram:Mode = Webhook</c>): an ASP.NET Core server (Kestrel) on the addresses of the standard
/// <c>Urls</c> setting serves <see cref="WebhookEndpoint"/> at the path of <c>Telegram:WebhookUrl</c>; once it
/// listens, setWebhook gives Telegram the public URL, the secret and the update types the bot handles (retried with
/// backoff; a refused token stops the bot). The server lives inside the bot's host and stops with it.
/// </summary>
public sealed class WebhookReceiver(
    ITelegramBotClient bot, IMessagePipelineStore store, IConfiguration configuration, IOptions<TelegramOptions> options, ILoggerFactory loggers, FatalStop fatal)
    : GuardedService(fatal)
{
    private WebApplication? _web;

    /// <summary>The addresses the server listens on (known once it started).</summary>
    public IReadOnlyList<string> Addresses => _web?.Urls.ToList() ?? [];

    /// <inheritdoc/>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.WebHost.UseUrls(configuration["Urls"] is { Length: > 0 } urls ? urls : "http://127.0.0.1:8080");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggers);
        // A webhook request carries one update: far below this, and a larger body is no update of ours.
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 1024 * 1024);
        _web = builder.Build();
        var path = new Uri(options.Value.WebhookUrl).AbsolutePath;
        _web.MapReportBotWebhook(path, store, options, loggers.CreateLogger("ReportBot.Webhook"));
        await _web.StartAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_web is not null)
        {
            // First stop taking updates (Telegram keeps them and sends them to another instance, or later), then the rest.
            await _web.StopAsync(cancellationToken);
        }

        await base.StopAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public override void Dispose()
    {
        (_web as IDisposable)?.Dispose();
        base.Dispose();
    }

    /// <inheritdoc/>
    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        var logger = loggers.CreateLogger<WebhookReceiver>();
        var value = options.Value;
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await bot.SetWebhook(
                    value.WebhookUrl,
                    maxConnections: value.WebhookMaxConnections,
                    allowedUpdates: UpdateTranslator.AllowedUpdates,
                    secretToken: value.WebhookSecret,
                    cancellationToken: stoppingToken);
                await bot.SetMyCommands(CommandParser.Menu.Select(c => new BotCommand { Command = c.Name, Description = c.Description }), cancellationToken: stoppingToken);
                Log.WebhookSet(logger, value.WebhookUrl, new Uri(value.WebhookUrl).AbsolutePath);
                return;
            }
            catch (Exception error) when (error is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                var described = value.RedactSecrets(DeliveryPolicy.Describe(error));
                if (DeliveryPolicy.IsUnauthorized(error, "setWebhook"))
                {
                    throw new BotApiUnauthorizedException($"The Bot API refused the token ({described} on setWebhook): it was revoked or is wrong; set a valid Telegram__BotToken.", error);
                }

                var delay = DeliveryPolicy.Backoff(attempt);
                Log.WebhookSetFailed(logger, described, delay);
                await Task.Delay(delay, stoppingToken);
            }
        }
    }
}
