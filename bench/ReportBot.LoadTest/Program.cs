using System.Globalization;
using ReportBot.LoadTest;

// `echo-bot URL TOKEN`: the baseline bot, started by the harness as a process of its own.
if (args is [EchoBot.Command, var api, var token])
{
    return await EchoBot.RunAsync(new Uri(api), token);
}

LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (Exception error) when (error is ArgumentException or FormatException or OverflowException)
{
    await Console.Error.WriteLineAsync(error.Message);
    return 2;
}

var output = Console.Out;
output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ReportBot load test: scenario {options.Scenario}, {options.Users} users, {options.Runs} run(s), {Environment.ProcessorCount} cores, load {ProcessStats.LoadAverage():0.00}"));
output.WriteLine($"bot: {options.BotDll}{string.Concat(options.BotEnvironment.Select(e => $" {e.Name}={e.Value}"))}");
var harness = new Harness(options, Script.Load(), output);
var runs = new List<IReadOnlyList<PhaseResult>>();
for (var run = 1; run <= options.Runs; run++)
{
    output.WriteLine($"Run {run} of {options.Runs}:");
    var phases = await harness.RunAsync();
    Report.Run(output, run, phases);
    runs.Add(phases);
}

Report.Medians(output, runs);
return 0;
