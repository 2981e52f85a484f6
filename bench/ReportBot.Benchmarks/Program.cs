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

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
