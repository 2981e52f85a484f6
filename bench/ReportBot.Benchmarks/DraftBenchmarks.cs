using BenchmarkDotNet.Attributes;
using ReportBot.Core.Drafting;
using ReportBot.Rendering.Docx;
using ReportBot.Rendering.TelegramHtml;

namespace ReportBot.Benchmarks;

/// <summary>The sample draft: composing it from the answers, and rendering it to Telegram HTML messages and to .docx.</summary>
[MemoryDiagnoser]
public class DraftBenchmarks
{
    private readonly SampleInterview _sample = new();
    private readonly TelegramHtmlRenderer _html = new();
    private readonly DocxRenderer _docx = new(new DocxOptions());
    private Draft _draft = null!;

    [GlobalSetup]
    public void Setup() => _draft = Compose();

    [Benchmark]
    public Draft Compose() => DraftBuilder.Build(_sample.Template, _sample.Answered.Interview!.Answers, new DateOnly(2020, 7, 1));

    [Benchmark]
    public int RenderTelegramHtml() => TelegramMessageSplitter.Split(_draft, _html).Count;

    [Benchmark]
    public int RenderDocx() => _docx.Render(_draft).Length;
}
