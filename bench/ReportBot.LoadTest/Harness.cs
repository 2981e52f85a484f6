using ReportBot.FakeBotApi;

namespace ReportBot.LoadTest;

/// <summary>
/// The scenarios: each phase starts a fresh local Bot API server on 127.0.0.1 and a fresh bot process, warms the bot
/// up with one interview, then measures. Every phase is bounded by the timeout and ends with the bot killed.
/// </summary>
internal sealed class Harness(LoadOptions options, Script script, TextWriter output)
{
    private const long CalibrationChat = 9_000_000;
    private const long WarmupChat = 9_000_001;
    private const long StoredSeedChat = 8_000_000;
    private static readonly TimeSpan Startup = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);
    private int _warmups;

    /// <summary>
    /// Idle is measured after this: longer than the bot's 25 s long poll, because the first answer to getUpdates
    /// costs a one-time build of Telegram.Bot's JSON metadata (about a second of CPU), and the JIT finishes the
    /// methods a load made hot. Both happen once, not per idle minute.
    /// </summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(30);


    /// <summary>The phases of one run of the chosen scenario.</summary>
    public async Task<IReadOnlyList<PhaseResult>> RunAsync()
    {
        var phases = new List<PhaseResult>();
        var scenario = options.Scenario;
        if (scenario is "concurrent" or "all")
        {
            var chats = Enumerable.Range(1, options.Users).Select(i => (IReadOnlyList<long>)[i]).ToList();
            var label = $"{options.Users} users";
            if (options.Echo)
            {
                phases.Add(await EchoAsync(label, chats));
            }

            phases.Add(await ReportBotAsync(label, chats, null, measureIdle: true));
        }

        if (scenario is "single" or "all")
        {
            IReadOnlyList<IReadOnlyList<long>> one = [[.. Enumerable.Range(1, options.Conversations).Select(i => (long)i)]];
            if (options.Echo)
            {
                phases.Add(await EchoAsync("1 user", one));
            }

            phases.Add(await ReportBotAsync("1 user", one, null, measureIdle: false));
        }

        if (scenario is "history" or "all")
        {
            IReadOnlyList<IReadOnlyList<long>> one = [[.. Enumerable.Range(1, options.Conversations).Select(i => (long)i)]];
            phases.Add(await ReportBotAsync("1 user, fresh db", one, null, measureIdle: false));
            phases.Add(await ReportBotAsync($"1 user, {options.History / 1000}k updates", one, await HistoryAsync(), measureIdle: false));
        }

        if (scenario is "idle" or "all")
        {
            phases.Add(await IdleAsync());
        }

        if (scenario is "stored" or "all")
        {
            var (seed, halfway) = await StoredSeedAsync();
            try
            {
                // The same users go on in both: once with only their own interviews stored, once among many more.
                foreach (var count in new[] { options.Writers, options.Stored }.Distinct())
                {
                    phases.AddRange(await StoredAsync(seed, count, halfway));
                }
            }
            finally
            {
                Directory.Delete(Path.GetDirectoryName(seed)!, recursive: true);
            }
        }

        return phases;
    }

    private async Task<PhaseResult> EchoAsync(string label, IReadOnlyList<IReadOnlyList<long>> chats)
    {
        await using var server = await FakeBotApiServer.StartAsync();
        var tracker = new ReplyTracker(server);
        using var bot = Launchers.Echo(server.BaseUrl, server.Token);
        await bot.WaitReadyAsync(Startup);
        var users = new Users(server, tracker, script, echo: true);
        await users.RunAsync(WarmupChats(), options.Timeout);
        return await MeasureAsync(label, "echo", bot, () => users.RunAsync(chats, options.Timeout));
    }

    private async Task<PhaseResult> ReportBotAsync(string label, IReadOnlyList<IReadOnlyList<long>> chats, string? database, bool measureIdle)
    {
        var folder = database is null ? Directory.CreateTempSubdirectory("reportbot-load-") : null;
        try
        {
            await using var server = await FakeBotApiServer.StartAsync();
            if (database is not null)
            {
                server.RestartUpdateIds(100_000_000);
            }

            var tracker = new ReplyTracker(server);
            await using var shared = options.Postgres is null ? null : await SharedSetup.StartAsync(options.Postgres, options.Instances);
            using var bot = Launchers.ReportBot(options, server.BaseUrl, server.Token, database ?? Path.Combine(folder!.FullName, "bot.db"), shared?.Settings);
            await bot.WaitReadyAsync(Startup);
            await WarmUpAsync(server, tracker, WarmupChat + (1000 * ++_warmups));
            var users = new Users(server, tracker, script, echo: false);
            label = options.Postgres is null ? label : $"{label}, PostgreSQL, {options.Instances} instance(s)";
            var result = await MeasureAsync(label, "reportbot", bot, () => users.RunAsync(chats, options.Timeout));
            if (result.Users.Completed < result.Users.Started)
            {
                output.WriteLine($"  {result.Users.Started - result.Users.Completed} interview(s) did not finish; the bot's last lines:\n{bot.Tail}");
            }

            return measureIdle ? await IdleAfterAsync(bot, result) : result;
        }
        finally
        {
            folder?.Delete(recursive: true);
        }
    }

    /// <summary>Calibrates the script on the first ReportBot phase; later phases only run one interview to warm up.</summary>
    private async Task WarmUpAsync(FakeBotApiServer server, ReplyTracker tracker, long chat)
    {
        if (script.Replies.Count == 0)
        {
            using var limit = new CancellationTokenSource(options.Timeout);
            await script.CalibrateAsync(server, tracker, chat, Quiet, limit.Token);
            output.WriteLine($"  calibrated: {script.Inputs.Count} steps, {script.TotalReplies} messages per interview");
            await new Users(server, tracker, script, echo: false).RunAsync(WarmupChats(), options.Timeout);
            return;
        }

        var warm = await new Users(server, tracker, script, echo: false).RunAsync([[chat], .. WarmupChats()], options.Timeout);
        if (warm.Completed != warm.Started)
        {
            throw new InvalidOperationException("The warm-up interviews did not finish.");
        }
    }

    /// <summary>Chats of the warm-up users (one interview each, concurrently), apart from the measured ones.</summary>
    /// <remarks>New chats every time: a database is warmed up twice in the history scenario.</remarks>
    private IReadOnlyList<IReadOnlyList<long>> WarmupChats()
    {
        var first = WarmupChat + (1000 * ++_warmups);
        return [.. Enumerable.Range(1, options.Warmup).Select(i => (IReadOnlyList<long>)[first + i])];
    }

    private async Task<PhaseResult> MeasureAsync(string label, string name, BotUnderTest bot, Func<Task<UserFigures>> load)
    {
        output.WriteLine($"  {label} / {name} …");
        var loadBefore = ProcessStats.LoadAverage();
        var before = bot.Stats();
        var databaseBefore = ProcessStats.PostgresCpuMilliseconds();
        var figures = await load();
        var after = bot.Stats();
        if (options.Postgres is not null && name == "reportbot")
        {
            var database = ProcessStats.PostgresCpuMilliseconds() - databaseBefore;
            output.WriteLine(string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"  PostgreSQL server CPU in the phase: {database / 1000:0.0} s, {database / Math.Max(1, figures.Replies):0.000} ms per reply (not in the bot's CPU below)"));
        }

        var result = new PhaseResult(label, name, figures, after.CpuMilliseconds - before.CpuMilliseconds, after.PeakRssKilobytes, loadBefore, ProcessStats.LoadAverage());
        Report.Phase(output, result);
        return result;
    }

    private async Task<PhaseResult> IdleAfterAsync(BotUnderTest bot, PhaseResult result)
    {
        await Task.Delay(Settle);
        var (cpu, rss) = await IdleAsync(bot);
        return result with { IdleCpuPercent = cpu, IdleRssMegabytes = rss };
    }

    /// <summary>A fresh bot doing nothing: CPU in % of a core over the idle period, and its resident memory.</summary>
    private async Task<PhaseResult> IdleAsync()
    {
        var folder = Directory.CreateTempSubdirectory("reportbot-load-");
        try
        {
            await using var server = await FakeBotApiServer.StartAsync();
            using var bot = Launchers.ReportBot(options, server.BaseUrl, server.Token, Path.Combine(folder.FullName, "bot.db"));
            await bot.WaitReadyAsync(Startup);
            await Task.Delay(Settle);
            var load = ProcessStats.LoadAverage();
            var (cpu, rss) = await IdleAsync(bot);
            var stats = bot.Stats();
            return new PhaseResult("idle, fresh", "reportbot", new UserFigures(0, 0, 0, [], TimeSpan.FromSeconds(options.IdleSeconds)), 0, stats.PeakRssKilobytes, load, ProcessStats.LoadAverage())
            {
                IdleCpuPercent = cpu,
                IdleRssMegabytes = rss,
            };
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private async Task<(double CpuPercent, double RssMegabytes)> IdleAsync(BotUnderTest bot)
    {
        var start = bot.Stats();
        await Task.Delay(TimeSpan.FromSeconds(options.IdleSeconds));
        var end = bot.Stats();
        return ((end.CpuMilliseconds - start.CpuMilliseconds) / (options.IdleSeconds * 1000.0) * 100, end.RssKilobytes / 1024.0);
    }

    /// <summary>
    /// A database holding one interview stopped halfway (and the warm-up's finished ones), the bot stopped; and the step
    /// at which its user goes on (a typed answer, so no button of an earlier message is needed).
    /// </summary>
    private async Task<(string Database, int Halfway)> StoredSeedAsync()
    {
        var folder = Directory.CreateTempSubdirectory("reportbot-stored-");
        var database = Path.Combine(folder.FullName, "seed.db");
        var halfway = script.TextStepFrom(script.Inputs.Count / 2);
        await using (var server = await FakeBotApiServer.StartAsync())
        {
            var tracker = new ReplyTracker(server);
            using var bot = Launchers.ReportBot(options, server.BaseUrl, server.Token, database);
            await bot.WaitReadyAsync(Startup);
            await WarmUpAsync(server, tracker, CalibrationChat);
            var seed = await new Users(server, tracker, script, echo: false).RunAsync([[StoredSeedChat]], 0, halfway, options.Timeout);
            if (seed.Completed != 1)
            {
                throw new InvalidOperationException($"The stored interview did not reach step {halfway}.\n{bot.Tail}");
            }

            await Task.Delay(Quiet);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return (database, halfway);
    }

    /// <summary>
    /// The seed's interview copied under <paramref name="count"/> chats; a fresh bot on it, idle (CPU, RSS); then
    /// <see cref="LoadOptions.Writers"/> of those users go on from <paramref name="halfway"/> to the .docx, and the
    /// bot is idle again.
    /// </summary>
    private async Task<IReadOnlyList<PhaseResult>> StoredAsync(string seed, int count, int halfway)
    {
        var database = Path.Combine(Path.GetDirectoryName(seed)!, $"stored-{count}.db");
        foreach (var suffix in new[] { string.Empty, "-wal" }.Where(x => File.Exists(seed + x)))
        {
            File.Copy(seed + suffix, database + suffix, overwrite: true);
        }

        var chats = HistoryBuilder.CopySession(database, StoredSeedChat, count);
        await using var server = await FakeBotApiServer.StartAsync();
        server.RestartUpdateIds(100_000_000);
        var tracker = new ReplyTracker(server);
        using var bot = Launchers.ReportBot(options, server.BaseUrl, server.Token, database);
        await bot.WaitReadyAsync(Startup);
        await Task.Delay(Settle);
        var load = ProcessStats.LoadAverage();
        var (cpu, rss) = await IdleAsync(bot);
        var idle = new PhaseResult($"idle, {count} unfinished stored", "reportbot", new UserFigures(0, 0, 0, [], TimeSpan.FromSeconds(options.IdleSeconds)), 0, bot.Stats().PeakRssKilobytes, load, ProcessStats.LoadAverage())
        {
            IdleCpuPercent = cpu,
            IdleRssMegabytes = rss,
        };
        output.WriteLine($"  {Report.Row(idle)}");
        var writers = chats.Take(options.Writers).Select(c => (IReadOnlyList<long>)[c]).ToList();
        var users = new Users(server, tracker, script, echo: false);
        var written = await MeasureAsync($"{writers.Count} of {count} stored go on", "reportbot", bot, () => users.RunAsync(writers, halfway, script.Inputs.Count, options.Timeout));
        if (written.Users.Completed < written.Users.Started)
        {
            output.WriteLine($"  {written.Users.Started - written.Users.Completed} interview(s) did not finish; the bot's last lines:\n{bot.Tail}");
        }

        return [idle, await IdleAfterAsync(bot, written)];
    }

    /// <summary>A database with <see cref="LoadOptions.History"/> earlier updates: one real interview, copied under other chats.</summary>
    private async Task<string> HistoryAsync()
    {
        var folder = Directory.CreateTempSubdirectory("reportbot-history-");
        var database = Path.Combine(folder.FullName, "bot.db");
        await using (var server = await FakeBotApiServer.StartAsync())
        {
            var tracker = new ReplyTracker(server);
            using var bot = Launchers.ReportBot(options, server.BaseUrl, server.Token, database);
            await bot.WaitReadyAsync(Startup);
            await WarmUpAsync(server, tracker, CalibrationChat);
            await Task.Delay(Quiet);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var (inbox, outbox, sessions, bytes) = HistoryBuilder.Fill(database, CalibrationChat, options.History);
        output.WriteLine($"  history database: {inbox} inbox rows, {outbox} outbox rows, {sessions} sessions, {bytes / 1024 / 1024} MB");
        return database;
    }
}
