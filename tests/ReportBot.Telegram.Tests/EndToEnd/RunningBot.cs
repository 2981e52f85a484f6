using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReportBot.Cli.Hosting;
using ReportBot.Core.Conversations;
using ReportBot.Core.Interview;
using ReportBot.FakeBotApi;

namespace ReportBot.Telegram.Tests.EndToEnd;

/// <summary>
/// The real bot host (Telegram.Bot client, SQLite file, hosted services) against a local Bot API test server on
/// 127.0.0.1, with helpers to talk to it as a user and wait until it has answered.
/// </summary>
public sealed class RunningBot : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly DirectoryInfo _folder;
    private readonly TimeProvider? _time;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private IHost? _host;

    private RunningBot(FakeBotApiServer server, DirectoryInfo folder, TimeProvider? time, IReadOnlyDictionary<string, string?>? settings)
    {
        Server = server;
        _folder = folder;
        _time = time;
        _settings = settings ?? new Dictionary<string, string?>();
    }

    /// <summary>Test drivers answer far faster than people: the per-user limits are out of the way unless a test sets them.</summary>
    public static IReadOnlyDictionary<string, string?> NoLimits { get; } = new Dictionary<string, string?>
    {
        ["Limits:MessagesPerWindow"] = "1000000",
        ["Limits:DraftsPerHour"] = "1000000",
    };

    public FakeBotApiServer Server { get; private set; }

    public CapturedLogs Logs { get; } = new();

    public string DatabasePath => Path.Combine(_folder.FullName, "bot.db");

    public IMessagePipelineStore Store => _host!.Services.GetRequiredService<IMessagePipelineStore>();

    public IServiceProvider Services => _host!.Services;

    /// <summary>Starts the bot; <paramref name="settings"/> override the defaults (and <see cref="NoLimits"/>).</summary>
    public static async Task<RunningBot> StartAsync(TimeProvider? time = null, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var bot = new RunningBot(await FakeBotApiServer.StartAsync(), Directory.CreateTempSubdirectory("reportbot-e2e-"), time, settings);
        await bot.StartHostAsync(services);
        return bot;
    }

    /// <summary>The host's exit code so far (0 unless something fatal happened).</summary>
    public int ExitCode => Services.GetRequiredService<Fatal.FatalStop>().ExitCode;

    public string Folder => _folder.FullName;

    public async Task StartHostAsync(Action<IServiceCollection>? services = null)
    {
        var settings = new Dictionary<string, string?>(NoLimits)
        {
            ["Telegram:BotToken"] = Server.Token,
            ["Telegram:ApiBaseUrl"] = Server.BaseUrl.ToString(),
            ["Telegram:PollTimeoutSeconds"] = "2",
            ["Storage:Path"] = DatabasePath,
        };
        foreach (var (key, value) in _settings)
        {
            settings[key] = value;
        }

        var builder = ServeHost.CreateBuilder([], settings);
        builder.Logging.ClearProviders().AddProvider(Logs).SetMinimumLevel(LogLevel.Debug);
        if (_time is not null)
        {
            builder.Services.AddSingleton<TimeProvider>(_time);
        }

        services?.Invoke(builder.Services);
        _host = builder.Build();
        Assert.Null(ServeHost.Problem(_host));
        Assert.Null(ServeHost.Prepare(_host));
        await _host.StartAsync();
    }

    /// <summary>Stops the bot, replaces the Bot API server by a fresh one (update ids start again at 1) and starts the bot again.</summary>
    public async Task SwitchToFreshServerAsync()
    {
        await StopHostAsync();
        await Server.DisposeAsync();
        Server = await FakeBotApiServer.StartAsync();
        await StartHostAsync();
    }

    public async Task StopHostAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
            _host = null;
        }
    }

    public ConversationState? Session(long chatId) => Store.LoadAsync($"tg:{chatId}", CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Sends a text and waits until the bot has applied it and delivered every reply.</summary>
    public async Task<IReadOnlyList<SentMessage>> SayAsync(long chatId, string text)
    {
        var before = Server.Messages(chatId).Count;
        Server.SendText(chatId, text);
        await IdleAsync();
        return Server.Messages(chatId).Skip(before).ToList();
    }

    /// <summary>Presses the newest button with this label and waits for the answer.</summary>
    public async Task<IReadOnlyList<SentMessage>> PressAsync(long chatId, string label)
    {
        var before = Server.Messages(chatId).Count;
        Server.PressButtonByLabel(chatId, label);
        await IdleAsync();
        return Server.Messages(chatId).Skip(before).ToList();
    }

    /// <summary>The sample script; lines that are button labels are pressed as buttons.</summary>
    public async Task AnswerSampleAsync(long chat)
    {
        await SayAsync(chat, "/start");
        await PressAsync(chat, "意识形态工作总结");
        string[] buttons = ["完成", "采用模板内容", "补充我的内容", "生成草稿"];
        foreach (var line in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Scripts", "ideology.txt")))
        {
            var lastButtons = Server.Messages(chat).LastOrDefault(m => m.AllButtons.Any())?.AllButtons.Select(b => b.Text) ?? [];
            if (buttons.Contains(line) && lastButtons.Contains(line))
            {
                await PressAsync(chat, line);
            }
            else
            {
                await SayAsync(chat, line);
            }
        }
    }

    /// <summary>Waits until no update is waiting at the server, in the inbox, or in the outbox.</summary>
    public async Task IdleAsync()
    {
        var quiet = 0;
        await Server.WaitUntilAsync(
            () =>
            {
                var idle = Server.PendingUpdateCount == 0
                    && Store.PendingInboxAsync(null, 1, CancellationToken.None).GetAwaiter().GetResult().Count == 0
                    && Store.PendingOutboxAsync(null, 1, CancellationToken.None).GetAwaiter().GetResult().Count == 0;
                quiet = idle ? quiet + 1 : 0;
                return quiet >= 3;
            },
            Patience);
    }

    public static string Texts(IEnumerable<SentMessage> messages) => string.Join("\n---\n", messages.Select(m => m.Text));

    public async ValueTask DisposeAsync()
    {
        await StopHostAsync();
        await Server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    /// <summary>
    /// Answers the unit ("红旗街道党工委") and the yes/no and count questions of the ideology template's section （一）,
    /// so the next message goes to its free items ("关于落实意识形态工作责任制，还有…").
    /// </summary>
    public async Task<IReadOnlyList<SentMessage>> AnswerUnitAndDutyAsync(long chat, string unit = "红旗街道党工委")
    {
        IReadOnlyList<SentMessage> reply = [];
        foreach (var answer in (string[])[unit, "是", "1", "是", "1", "是"])
        {
            reply = await SayAsync(chat, answer);
        }

        return reply;
    }
}
