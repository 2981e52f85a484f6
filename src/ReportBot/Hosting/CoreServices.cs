using Microsoft.Extensions.Configuration;
using ReportBot.Core.Conversations;
using ReportBot.Core.Interview;
using ReportBot.Core.Templates;
using ReportBot.Storage.Sqlite;

namespace ReportBot.Cli.Hosting;

/// <summary>The pieces every command shares: templates, engine, SQLite store, conversation service.</summary>
public sealed class CoreServices
{
    private CoreServices(TemplateCatalog catalog, SqliteDatabase database, TimeProvider time, InterviewPolicy policy)
    {
        Catalog = catalog;
        Database = database;
        Store = new SqliteConversationStore(database, time);
        Conversations = new ConversationService(new InterviewEngine(catalog, time, policy), Store);
    }

    /// <summary>The loaded templates.</summary>
    public TemplateCatalog Catalog { get; }

    /// <summary>The SQLite file.</summary>
    public SqliteDatabase Database { get; }

    /// <summary>The session store.</summary>
    public SqliteConversationStore Store { get; }

    /// <summary>The conversation seam used by the transports.</summary>
    public ConversationService Conversations { get; }

    /// <summary>Loads templates (errors go to <paramref name="errors"/>) and opens the database.</summary>
    public static CoreServices Create(IConfiguration configuration, TextWriter errors, string? databasePath = null)
    {
        var catalog = LoadTemplates(configuration, errors);
        var database = new SqliteDatabase(databasePath ?? configuration.PathOf("Storage:Path", "data/reportbot.db"));
        var policy = new InterviewPolicy();
        configuration.GetSection(InterviewPolicy.SectionName).Bind(policy);
        return new CoreServices(catalog, database, TimeProvider.System, policy);
    }

    /// <summary>Loads the templates folder; a broken template is reported and skipped.</summary>
    public static TemplateCatalog LoadTemplates(IConfiguration configuration, TextWriter errors)
    {
        var directory = configuration.PathOf("Templates:Directory", "prompts");
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"找不到模板文件夹：{directory}");
        }

        var catalog = TemplateCatalog.Load(directory);
        foreach (var error in catalog.Errors)
        {
            errors.WriteLine($"模板有误，已跳过：{error}");
        }

        return catalog;
    }
}
