using BenchmarkDotNet.Running;
using ReportBot.Rendering.Docx;
using ReportBot.Rendering.Tests.Docx;

// `write-sample OUT.docx` writes the sample report as a .docx (for tools/render-check.sh); anything else runs benchmarks.
if (args is ["write-sample", var path])
{
    var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
    Directory.CreateDirectory(directory);
    using var file = File.Create(path);
    new DocxRenderer(new DocxOptions()).Render(SampleDraft.Create(), file);
    Console.WriteLine($"wrote {Path.GetFullPath(path)}");
    return;
}

if (args is ["turn-breakdown", ..])
{
    var turns = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2000;
    var synchronous = args.Length > 2 && args[2] == "full" ? ReportBot.Storage.Sqlite.SqliteSynchronous.Full : ReportBot.Storage.Sqlite.SqliteSynchronous.Normal;
    await ReportBot.Benchmarks.TurnBreakdown.RunAsync(turns, synchronous);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
