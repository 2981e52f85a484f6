using System.Diagnostics;
using ReportBot.Core.Answers;

namespace ReportBot.Core.Tests.Answers;

public sealed class LongInputTests
{
    // Shapes that made a regex try every split of a long run: the pair line took 29 s on 4,000 spaces.
    public static TheoryData<string> Adversarial => new()
    {
        "红" + new string(' ', 4096) + "x",
        "1" + new string(' ', 4096) + "x",
        "红" + new string('\t', 4096) + "3x",
        new string('、', 4096) + "x",
        string.Concat(Enumerable.Repeat(". ", 2048)) + "x",
        string.Concat(Enumerable.Repeat("1 ", 2048)),
        string.Concat(Enumerable.Repeat("约 ", 2048)) + "x",
        new string('《', 4096),
        string.Concat(Enumerable.Repeat("3篇(", 1365)),
        string.Concat(Enumerable.Repeat("《红旗日报》 3篇，", 400)),
    };

    [Theory]
    [MemberData(nameof(Adversarial))]
    public void A_long_answer_is_parsed_in_well_under_a_second(string input)
    {
        _ = AnswerParser.Pairs("《红旗日报》 3篇", "篇"); // code paths warmed up, so only the input's cost is timed
        var clock = Stopwatch.StartNew();
        _ = AnswerParser.Pairs(input, "篇");
        _ = AnswerParser.ListItems(input);
        _ = AnswerParser.ReadCount(input, "次");
        _ = AnswerParser.Count(input, "次");
        _ = AnswerParser.ApproximateCount(input, "次");
        _ = AnswerParser.Percent(input);

        // Generous for a loaded machine: these take a few milliseconds, and took seconds when quadratic.
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(2));
    }
}
