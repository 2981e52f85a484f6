using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using ReportBot.FakeBotApi;

namespace ReportBot.Telegram.Tests.Faults;

/// <summary>
/// The real <c>reportbot serve</c> as a child process (<c>dotnet exec … reportbot.dll serve</c>) against a local test
/// server and a SQLite file, optionally with one crash point enabled; killed with SIGKILL, never stopped politely.
/// </summary>
public sealed class BotProcess : IDisposable
{
    private const int KeptLines = 40;
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private int _arrivals;
    private readonly string? _crashPointName;

    private BotProcess(Process process, string? crashPoint)
    {
        _process = process;
        _crashPointName = crashPoint;
    }

    public string? CrashPoint => _crashPointName;

    public bool HasExited => _process.HasExited;

    /// <summary>Waits (bounded) for the process to end by itself and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(limit.Token);
        return _process.ExitCode;
    }

    /// <summary>Every line the process wrote so far is kept in <see cref="Tail"/> (the last 40).</summary>
    public IReadOnlyList<string> Lines => [.. _output];

    /// <summary>The last lines the process wrote (stdout and stderr), for failure messages.</summary>
    public string Tail => string.Join("\n", _output);

    public static BotProcess Start(FakeBotApiServer server, string databasePath, string? crashPoint, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(databasePath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        // The test output holds reportbot.dll, but not the Microsoft.Extensions.* files that the ASP.NET shared
        // framework (pulled in by the fake server) provides; so the bot runs with the test's runtimeconfig and deps.
        var test = Path.Combine(AppContext.BaseDirectory, typeof(BotProcess).Assembly.GetName().Name!);
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add("--runtimeconfig");
        start.ArgumentList.Add(test + ".runtimeconfig.json");
        start.ArgumentList.Add("--depsfile");
        start.ArgumentList.Add(test + ".deps.json");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "reportbot.dll"));
        start.ArgumentList.Add("serve");
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["Telegram__BotToken"] = server.Token;
        start.Environment["Telegram__ApiBaseUrl"] = server.BaseUrl.ToString();
        start.Environment["Telegram__PollTimeoutSeconds"] = "2";
        start.Environment["Storage__Path"] = databasePath;
        start.Environment["Templates__Directory"] = Path.Combine(AppContext.BaseDirectory, "prompts");
        start.Environment["REPORTBOT_CRASHPOINTS"] = crashPoint ?? string.Empty;
        start.Environment["Limits__MessagesPerWindow"] = "1000000";
        start.Environment["Limits__DraftsPerHour"] = "1000000";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start };
        var bot = new BotProcess(process, crashPoint);
        process.OutputDataReceived += (_, e) => bot.Received(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Received(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>How often the process has announced its crash point so far.</summary>
    public int Arrivals => Volatile.Read(ref _arrivals);

    /// <summary>Waits until the crash point has been announced <paramref name="count"/> times in all (it pauses 3 s each time).</summary>
    public async Task WaitForArrivalsAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (Arrivals < count)
        {
            if (DateTimeOffset.UtcNow > deadline || HasExited)
            {
                throw new TimeoutException($"crashpoint:{_crashPointName} reached {Arrivals} of {count} times within {timeout.TotalSeconds:0}s (exited: {HasExited}).\n{Tail}");
            }

            await Task.Delay(10);
        }
    }

    /// <summary>SIGKILL (on Linux) to the process and its children, and waits until it is gone.</summary>
    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }

        if (!_process.WaitForExit(TimeSpan.FromSeconds(10)))
        {
            throw new TimeoutException("The bot process did not die within 10 s of SIGKILL.");
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Received(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > KeptLines && _output.TryDequeue(out _))
        {
        }

        if (_crashPointName is not null && line.Trim() == "crashpoint:" + _crashPointName)
        {
            Interlocked.Increment(ref _arrivals);
        }
    }
}
