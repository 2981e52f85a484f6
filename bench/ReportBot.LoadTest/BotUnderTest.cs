using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;

namespace ReportBot.LoadTest;

/// <summary>
/// A bot running as processes of its own (so its CPU and memory are its own): started against a Bot API server, ready
/// once every process printed its ready marker, killed at the end. Several processes are several instances of one bot
/// (on PostgreSQL, by webhook behind a proxy).
/// </summary>
internal sealed class BotUnderTest : IDisposable
{
    private const int KeptLines = 60;
    private readonly List<Process> _processes;
    private readonly ConcurrentQueue<string> _tail = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string _readyMarker;

    private BotUnderTest(List<Process> processes, string readyMarker)
    {
        _processes = processes;
        _readyMarker = readyMarker;
    }

    /// <summary>What a ReportBot process prints once it polls.</summary>
    public const string ReadyMarker = "Connected to the Bot API";

    /// <summary>What a ReportBot process prints once its webhook is set.</summary>
    public const string WebhookReadyMarker = "Webhook set";

    private int _readyCount;

    /// <summary>The last lines the processes wrote, for error messages.</summary>
    public string Tail => string.Join('\n', _tail);

    /// <summary>Starts <paramref name="instances"/> processes of <paramref name="start"/>.</summary>
    public static BotUnderTest Start(Func<ProcessStartInfo> start, int instances, string readyMarker)
    {
        var bot = new BotUnderTest([], readyMarker);
        for (var i = 0; i < instances; i++)
        {
            var info = start();
            info.RedirectStandardOutput = true;
            info.RedirectStandardError = true;
            info.StandardOutputEncoding = Encoding.UTF8;
            info.StandardErrorEncoding = Encoding.UTF8;
            var process = new Process { StartInfo = info };
            process.OutputDataReceived += (_, e) => bot.Received(e.Data);
            process.ErrorDataReceived += (_, e) => bot.Received(e.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            bot._processes.Add(process);
        }

        return bot;
    }

    /// <summary>Waits until the bot said it polls (or fails with its output when it exits or takes too long).</summary>
    public async Task WaitReadyAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        var exited = Task.WhenAny(_processes.Select(p => p.WaitForExitAsync(limit.Token)));
        var first = await Task.WhenAny(_ready.Task, exited, Task.Delay(timeout, limit.Token));
        if (first != _ready.Task)
        {
            throw new InvalidOperationException($"The bot did not start within {timeout.TotalSeconds:0} s.\n{Tail}");
        }

        await limit.CancelAsync();
    }

    /// <summary>CPU summed over the processes, memory of the largest.</summary>
    public ProcessStats Stats()
    {
        var all = _processes.Select(p => ProcessStats.Read(p.Id)).ToList();
        return new ProcessStats(all.Sum(s => s.CpuMilliseconds), all.Max(s => s.RssKilobytes), all.Max(s => s.PeakRssKilobytes));
    }

    /// <summary>SIGKILL: the bots promise that nothing committed is lost by it, and the harness needs no clean stop.</summary>
    public void Dispose()
    {
        foreach (var process in _processes)
        {
            try
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(TimeSpan.FromSeconds(10));
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }

            process.Dispose();
        }
    }

    private void Received(string? line)
    {
        if (line is null)
        {
            return;
        }

        _tail.Enqueue(line);
        while (_tail.Count > KeptLines && _tail.TryDequeue(out _))
        {
        }

        if (line.Contains(_readyMarker, StringComparison.Ordinal) && Interlocked.Increment(ref _readyCount) >= _processes.Count)
        {
            _ready.TrySetResult();
        }
    }
}
