using System.Globalization;

namespace ReportBot.LoadTest;

/// <summary>The harness's command line (<c>--name value</c>); see <see cref="Usage"/>.</summary>
internal sealed record LoadOptions
{
    public const string Usage = """
        dotnet run -c Release --project bench/ReportBot.LoadTest -- [options]
          --scenario S        concurrent (default) | single | history | idle | stored | all
          --users N           concurrent users (default 200)
          --runs N            repetitions; medians are reported (default 3)
          --conversations N   interviews one after another in single and history (default 5)
          --history N         earlier updates in the history database (default 100000)
          --stored N          interviews in progress stored in the database of the stored scenario (default 10000)
          --writers N         of those, how many users go on with theirs (default 100)
          --idle-seconds N    how long idle CPU is measured, after 30 s of settling (default 30)
          --warmup N          users who each run one interview (concurrently) before a phase is measured
                              (default 20): most of the JIT compiling is done by then, and the database is
                              still nearly fresh (the history scenario measures a full one)
          --timeout N         seconds a phase may take before its users give up (default 300)
          --bot-dll PATH      the reportbot.dll to measure (default: this repository's build, same configuration)
          --bot-env K=V       an extra environment variable for the bot (repeatable), e.g. Storage__Synchronous=FULL
          --postgres CS       run the bot on PostgreSQL (CS: a server's Npgsql connection string; each phase creates
                              a database of its own there and drops it), by webhook behind a round-robin proxy
          --instances N       bot processes (default 1; more than 1 needs --postgres)
          --no-echo           skip the echo baseline
        """;

    public string Scenario { get; init; } = "concurrent";

    public int Users { get; init; } = 200;

    public int Runs { get; init; } = 3;

    public int Conversations { get; init; } = 5;

    public int History { get; init; } = 100_000;

    public int Stored { get; init; } = 10_000;

    public int Writers { get; init; } = 100;

    public int IdleSeconds { get; init; } = 30;

    public int Warmup { get; init; } = 20;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(300);

    public string BotDll { get; init; } = DefaultBotDll();

    public IReadOnlyList<(string Name, string Value)> BotEnvironment { get; init; } = [];

    public int Instances { get; init; } = 1;

    public bool Echo { get; init; } = true;

    /// <summary>The PostgreSQL server to run the bot on (webhook mode behind a proxy), or null for SQLite and long polling.</summary>
    public string? Postgres { get; init; }

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions();
        var environment = new List<(string, string)>();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int Number() => int.Parse(Value(), CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--scenario" => options with { Scenario = Value() },
                "--users" => options with { Users = Number() },
                "--runs" => options with { Runs = Number() },
                "--conversations" => options with { Conversations = Number() },
                "--history" => options with { History = Number() },
                "--stored" => options with { Stored = Number() },
                "--writers" => options with { Writers = Number() },
                "--idle-seconds" => options with { IdleSeconds = Number() },
                "--warmup" => options with { Warmup = Number() },
                "--timeout" => options with { Timeout = TimeSpan.FromSeconds(Number()) },
                "--bot-dll" => options with { BotDll = Path.GetFullPath(Value()) },
                "--instances" => options with { Instances = Number() },
                "--postgres" => options with { Postgres = Value() },
                "--no-echo" => options with { Echo = false },
                "--bot-env" => AddEnvironment(options, environment, Value()),
                "--help" or "-h" => throw new ArgumentException(Usage),
                _ => throw new ArgumentException($"Unknown option {args[i]}.\n{Usage}"),
            };
        }

        if (options.Instances < 1 || (options.Instances > 1 && options.Postgres is null))
        {
            throw new ArgumentException("Several instances share a PostgreSQL database: --instances N (N > 1) needs --postgres; on SQLite only 1.");
        }

        if (options.Writers < 1 || options.Writers > options.Stored)
        {
            throw new ArgumentException("--writers must be between 1 and --stored.");
        }

        if (!File.Exists(options.BotDll))
        {
            throw new ArgumentException($"No bot at {options.BotDll}: build it first (dotnet build -c Release src/ReportBot) or pass --bot-dll.");
        }

        return options;
    }

    private static LoadOptions AddEnvironment(LoadOptions options, List<(string, string)> environment, string pair)
    {
        var split = pair.Split('=', 2);
        environment.Add((split[0], split.Length > 1 ? split[1] : string.Empty));
        return options with { BotEnvironment = [.. environment] };
    }

    /// <summary>src/ReportBot's output in the same configuration as this program (bin/Release/net10.0 → the same there).</summary>
    private static string DefaultBotDll()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = here.Name;
        var configuration = here.Parent?.Name ?? "Release";
        for (var folder = here; folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ReportBot.sln")))
            {
                return Path.Combine(folder.FullName, "src", "ReportBot", "bin", configuration, framework, "reportbot.dll");
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "reportbot.dll");
    }
}
