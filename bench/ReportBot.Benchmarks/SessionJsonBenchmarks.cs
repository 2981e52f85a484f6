using BenchmarkDotNet.Attributes;
using ReportBot.Core.Conversations;

namespace ReportBot.Benchmarks;

/// <summary>
/// The session's JSON, which every turn writes once (for the size limit and as what the store keeps): the sample
/// interview answered to the end, serialised and read back.
/// </summary>
[MemoryDiagnoser]
public class SessionJsonBenchmarks
{
    private readonly SampleInterview _sample = new();
    private string _json = "";

    [GlobalSetup]
    public void Setup() => _json = SessionJson.Serialize(_sample.Answered);

    [Benchmark]
    public int Serialize() => SessionJson.Serialize(_sample.Answered).Length;

    [Benchmark]
    public long Deserialize() => SessionJson.Deserialize(_json).Version;
}
