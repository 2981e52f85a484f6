using CsCheck;
using ReportBot.Core.Tests.Answers.Properties;
using Xunit.Abstractions;

namespace ReportBot.Core.Tests.Interview.Model;

/// <summary>
/// Issue 8: thousands of random, seeded sessions of answers and commands against a simple model of what the user
/// said. A failure prints the seed (replay with CsCheck_Seed=… as in <see cref="PropertyRun"/>), the operations and
/// the last part of the transcript.
/// </summary>
public sealed class InterviewModelTests(ITestOutputHelper output)
{
    private static readonly Gen<Operation> OneOperation =
        Gen.Select(Gen.Int[0, 99], Gen.Int[0, 1000], (roll, value) => new Operation(Operation.KindOf(roll), value));

    private static readonly Gen<Operation[]> Sessions = OneOperation.Array[1, 80];

    [Fact]
    public void Random_sessions_never_lose_an_answer_and_keep_the_rules()
    {
        PropertyRun.Check(
            Sessions,
            operations => new ModelRun().Run(operations),
            output.WriteLine,
            iter: 5_000,
            seconds: 30,
            print: operations => string.Join(" ", operations.Select(o => o.ToString())));
    }
}
