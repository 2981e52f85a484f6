using BenchmarkDotNet.Attributes;
using ReportBot.Core.Interview;

namespace ReportBot.Benchmarks;

/// <summary>One engine turn in memory: a count answer at a count question (parse, store, next question, its prompt).</summary>
[MemoryDiagnoser]
public class EngineTurnBenchmarks
{
    private readonly SampleInterview _sample = new();
    private readonly TextInput _answer = new(SampleInterview.CountAnswer);

    [Benchmark]
    public TurnResult EngineTurn() => _sample.Engine.Handle(_sample.AtCountQuestion, _answer);
}
