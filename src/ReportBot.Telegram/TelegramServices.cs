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
using Telegram.Bot;

namespace ReportBot.Telegram;

/// <summary>Registers the Telegram transport: poller, turn processor, outbox sender, idle scanner, pruning, memory trimming, access and limits.</summary>
public static class TelegramServices
{
    /// <summary>Adds the bot. Needs an <c>IMessagePipelineStore</c>, an <c>InterviewEngine</c> and <c>DocxOptions</c> registered.</summary>
    public static IServiceCollection AddReportBotTelegram(this IServiceCollection services)
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
        services.AddSingleton<IPipelineListener>(sp => sp.GetRequiredService<PipelineQueues>());
        services.AddSingleton<BotCalls>();
        services.AddSingleton<ReplyRenderer>();
        services.AddSingleton<FatalStop>();
        services.AddSingleton<UserRateLimiter>();
        services.AddSingleton<IAccessStore>(sp => sp.GetRequiredService<IMessagePipelineStore>());
        services.AddSingleton<AccessGate>();
        services.AddSingleton<TurnHandler>();
        services.AddHostedService<UpdatePoller>();
        services.AddHostedService<TurnProcessor>();
        services.AddHostedService<OutboxSender>();
        services.AddHostedService<IdleScanner>();
        services.AddHostedService<RetentionService>();
        services.AddHostedService<MemoryTrimmer>();
        return services;
    }
}
