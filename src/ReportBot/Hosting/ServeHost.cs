using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportBot.Core.Conversations;
using ReportBot.Core.Interview;
using ReportBot.Core.Templates;
using ReportBot.Rendering.Docx;
using ReportBot.Storage.Postgres;
using ReportBot.Storage.Sqlite;
using ReportBot.Telegram;
using ReportBot.Telegram.Access;
using ReportBot.Telegram.Fatal;
using ReportBot.Telegram.Limits;
using ReportBot.Telegram.Maintenance;

namespace ReportBot.Cli.Hosting;

/// <summary>The generic host behind <c>reportbot serve</c>: settings, templates, the store (SQLite or PostgreSQL), and the Telegram transport.</summary>
public static class ServeHost
{
    /// <summary>
    /// A host builder reading appsettings.json, user-secrets and environment variables (later wins);
    /// <paramref name="overrides"/> come last (tests).
    /// </summary>
    public static HostApplicationBuilder CreateBuilder(string[] args, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppPaths.ContentRoot });
        builder.Configuration.AddUserSecrets(typeof(ServeHost).Assembly, optional: true);
        builder.Configuration.AddEnvironmentVariables();
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        var configuration = builder.Configuration;
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => LoadTemplates(configuration, sp.GetRequiredService<ILoggerFactory>().CreateLogger("ReportBot.Templates")));
        builder.Services.AddOptions<InterviewPolicy>().BindConfiguration(InterviewPolicy.SectionName);
        builder.Services.AddSingleton(sp => new InterviewEngine(
            sp.GetRequiredService<TemplateCatalog>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<InterviewPolicy>>().Value));
        var storage = StorageSettings.From(configuration);
        builder.Services.AddSingleton(storage);
        if (storage.ProviderKind == StorageProvider.Postgres)
        {
            // Several processes may share the database: work is claimed there, not only queued in this process.
            builder.Services.AddSingleton(_ => new PostgresDatabase(storage.ConnectionString ?? string.Empty));
            builder.Services.AddSingleton<IMessagePipelineStore>(sp => new PostgresConversationStore(
                sp.GetRequiredService<PostgresDatabase>(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILoggerFactory>().CreateLogger("ReportBot.Storage"),
                sp.GetService<IPipelineListener>()));
        }
        else
        {
            builder.Services.AddSingleton(_ => new SqliteDatabase(
                configuration.PathOf("Storage:Path", "data/reportbot.db"), storage.BusyTimeoutMilliseconds, storage.SynchronousMode));
            builder.Services.AddSingleton<IMessagePipelineStore>(sp => new SqliteConversationStore(
                sp.GetRequiredService<SqliteDatabase>(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILoggerFactory>().CreateLogger("ReportBot.Storage"),
                new SqliteStoreOptions { SessionCacheBytes = storage.SessionCacheMegabytes * 1024L * 1024, Listener = sp.GetService<IPipelineListener>() }));
        }

        builder.Services.AddOptions<DocxOptions>().BindConfiguration(DocxOptions.SectionName);
        builder.Services.AddReportBotTelegram(
            sharedStore: storage.ProviderKind == StorageProvider.Postgres,
            webhook: string.Equals(configuration["Telegram:Mode"], "Webhook", StringComparison.OrdinalIgnoreCase));
        builder.Services.Configure<HostOptions>(o =>
        {
            o.ShutdownTimeout = TimeSpan.FromSeconds(20);
            // Every stage guards itself (FatalStop); should anything still escape, the host stops instead of limping on.
            o.BackgroundServiceExceptionBehavior = BackgroundServiceExceptionBehavior.StopHost;
        });
        // One line per event: a fatal cause is one line a supervisor's journal shows whole.
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        return builder;
    }

    /// <summary>The settings problem that stops the bot from starting (missing or malformed token, bad limits…), or null.</summary>
    public static string? Problem(IHost host)
    {
        var services = host.Services;
        return services.GetRequiredService<StorageSettings>().Problem()
            ?? services.GetRequiredService<IOptions<TelegramOptions>>().Value.Problem()
            ?? services.GetRequiredService<IOptions<AccessOptions>>().Value.Problem()
            ?? services.GetRequiredService<IOptions<LimitOptions>>().Value.Problem()
            ?? services.GetRequiredService<IOptions<RetentionOptions>>().Value.Problem();
    }

    /// <summary>
    /// Opens the database before anything runs (so an unusable file is one clear line, not a stack trace from a
    /// hosted service) and warns when access is open. Returns the exit code to stop with, or null to go on.
    /// </summary>
    public static int? Prepare(IHost host)
    {
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ReportBot.Serve");
        try
        {
            // Opening migrates the schema (for PostgreSQL: once, whichever instance comes first).
            _ = host.Services.GetRequiredService<StorageSettings>().ProviderKind == StorageProvider.Postgres
                ? (object)host.Services.GetRequiredService<PostgresDatabase>()
                : host.Services.GetRequiredService<SqliteDatabase>();
        }
        catch (StorageException error)
        {
            logger.LogCritical("Stopping with exit code {ExitCode}: {Cause}", ExitCodes.Storage, error.Message);
            return ExitCodes.Storage;
        }

        if (host.Services.GetRequiredService<IOptions<AccessOptions>>().Value.Open)
        {
            logger.LogWarning("Access is open: Access:AllowedUserIds and Access:AdminUserIds are empty, so anyone on Telegram can use this bot.");
        }

        return null;
    }

    private static TemplateCatalog LoadTemplates(IConfiguration configuration, ILogger logger)
    {
        var catalog = TemplateCatalog.Load(configuration.PathOf("Templates:Directory", "prompts"));
        foreach (var error in catalog.Errors)
        {
            logger.LogError("Template skipped: {Error}", error.ToString());
        }

        logger.LogInformation("Loaded {Count} templates: {Ids}", catalog.Templates.Count, string.Join(", ", catalog.Templates.Select(t => t.Id)));
        return catalog;
    }
}
