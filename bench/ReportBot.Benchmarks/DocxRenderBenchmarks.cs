using BenchmarkDotNet.Attributes;
using ReportBot.Core.Drafting;
using ReportBot.Rendering.Docx;
using ReportBot.Rendering.Tests.Docx;

namespace ReportBot.Benchmarks;

/// <summary>Rendering the whole sample report to a .docx in memory.</summary>
[MemoryDiagnoser]
public class DocxRenderBenchmarks
{
    private readonly DocxRenderer renderer = new(new DocxOptions());
    private readonly Draft draft = SampleDraft.Create();

    [Benchmark]
    public long RenderSampleToStream()
    {
        using var output = new MemoryStream();
        renderer.Render(draft, output);
        return output.Length;
    }

    [Benchmark]
    public int RenderSampleToBytes() => renderer.Render(draft).Length;
}
