using System.Runtime.InteropServices;
using System.Text;
using ReportBot.FakeBotApi;
using ReportBot.FakeBotApi.Cli;

Console.OutputEncoding = Encoding.UTF8;
CliOptions options;
try
{
    options = CliOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 2;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.Cancel();
});

await using var server = await FakeBotApiServer.StartAsync(options.Port, stop.Token);
await Console.Error.WriteLineAsync($"Fake Bot API on {server.BaseUrl} (token {server.Token}), chat {options.ChatId}");
var transcript = new TranscriptWriter(Console.Out);
var runner = new ScriptRunner(server, options, transcript);
try
{
    if (options.ScriptPath is { } path)
    {
        await runner.RunAsync(await File.ReadAllLinesAsync(path, stop.Token), stop.Token);
        return 0;
    }

    var printed = 0;
    while (!stop.IsCancellationRequested)
    {
        await Task.Delay(100, stop.Token);
        var all = server.AllMessages();
        foreach (var message in all.Skip(printed))
        {
            Console.Write($"[{message.ChatId}] ");
            transcript.Bot(message);
        }

        printed = all.Count;
    }
}
catch (OperationCanceledException)
{
    // Ctrl+C.
}

return 0;
