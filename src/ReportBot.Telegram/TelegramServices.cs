using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReportBot.Core.Conversations;
using ReportBot.Rendering.Docx;
using ReportBot.Telegram.Access;
using ReportBot.Telegram.Fatal;
using ReportBot.Telegram.Limits;
using ReportBot.Telegram.Maintenance;
using ReportBot.Telegram.Processing;
using ReportBot.Telegram.Receiving;
using ReportBot.Telegram.Sending;
using ReportBot.Telegram.Shared;
using Telegram.Bot;

namespace ReportBot.Telegram;

/// <summary>Registers the Telegram transport: poller or webhook, turn processor, outbox sender, idle scanner, pruning, memory trimming, access and limits.</summary>
public static class TelegramServices
{
    /// <summary>
    /// Adds the bot. Needs an <c>IMessagePipelineStore</c>, an <c>InterviewEngine</c> and <c>DocxOptions</c> registered.
    /// With <paramref name="sharedStore"/> the store is an <see cref="ISharedPipelineStore"/> that other processes use
    /// too: updates and replies are claimed per conversation and chat in the database, and idle scans and pruning run
    /// in one process (<see cref="SharedMaintenance"/>). With <paramref name="webhook"/> updates arrive by webhook
    /// (<see cref="WebhookReceiver"/>) instead of long polling.
    /// </summary>
    public static IServiceCollection AddReportBotTelegram(this IServiceCollection services, bool sharedStore = false, bool webhook = false)
    {
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.SectionName);
        services.AddOptions<AccessOptions>().BindConfiguration(AccessOptions.SectionName);
        services.AddOptions<LimitOptions>().BindConfiguration(LimitOptions.SectionName);
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.SectionName);
        services.AddSingleton<ITelegramBotClient>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            var http = new HttpClient { Timeout = TimeSpan.FromSeconds(options.PollTimeoutSeconds + 30) };
            return new TelegramBotClient(new TelegramBotClientOptions(options.BotToken, options.ApiBaseUrl.TrimEnd('/')), http);
        });
        services.AddSingleton(sp => new DocxRenderer(sp.GetRequiredService<IOptions<DocxOptions>>().Value));
        services.AddSingleton<PipelineQueues>();
        services.AddSingleton<BotCalls>();
        services.AddSingleton<ReplyRenderer>();
        services.AddSingleton<FatalStop>();
        services.AddSingleton<UserRateLimiter>();
        services.AddSingleton<IAccessStore>(sp => sp.GetRequiredService<IMessagePipelineStore>());
        services.AddSingleton<AccessGate>();
        services.AddSingleton<TurnHandler>();
        if (webhook)
        {
            services.AddHostedService<WebhookReceiver>();
        }
        else
        {
            services.AddHostedService<UpdatePoller>();
        }

        if (sharedStore)
        {
            services.AddSingleton<ISharedPipelineStore>(sp => (ISharedPipelineStore)sp.GetRequiredService<IMessagePipelineStore>());
            services.AddSingleton<IPipelineListener, SharedPipelineSignals>();
            // The single-process stages do the work of one item; the claimed ones decide which process does it.
            services.AddSingleton<TurnProcessor>();
            services.AddSingleton<OutboxSender>();
            services.AddSingleton<IdleScanner>();
            services.AddSingleton<RetentionService>();
            services.AddSingleton<ClaimedTurnProcessor>();
            services.AddSingleton<ClaimedOutboxSender>();
            services.AddHostedService(sp => sp.GetRequiredService<ClaimedTurnProcessor>());
            services.AddHostedService(sp => sp.GetRequiredService<ClaimedOutboxSender>());
            services.AddHostedService<SharedMaintenance>();
            services.AddHostedService<MemoryTrimmer>();
            return services;
        }

        services.AddSingleton<IPipelineListener>(sp => sp.GetRequiredService<PipelineQueues>());
        services.AddHostedService<TurnProcessor>();
        services.AddHostedService<OutboxSender>();
        services.AddHostedService<IdleScanner>();
        services.AddHostedService<RetentionService>();
        services.AddHostedService<MemoryTrimmer>();
        return services;
    }
}
