using CsCheck;
using ReportBot.Core.Answers;
using ReportBot.Core.Drafting;
using Xunit.Abstractions;
using static ReportBot.Core.Tests.Answers.Properties.NumeralGen;

namespace ReportBot.Core.Tests.Answers.Properties;

/// <summary>
/// Every integer 0–100,000,000 written in Chinese numerals (小写 and 大写), in full-width and in ASCII digits reads
/// back as itself. Sampled with CsCheck (20,000 samples, 5 s at most each; see <see cref="PropertyRun"/> to replay
/// a seed), and 0–99,999 exhaustively.
/// </summary>
public sealed class NumeralRoundTripTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_written_number_parses_back_to_itself() =>
        PropertyRun.Check(Written, w =>
        {
            Assert.True(ChineseNumerals.TryParse(w.Text, out var value), $"{w.Text} was not read");
            Assert.Equal(w.N, value);
        }, output.WriteLine, print: w => $"{w.N} written {PropertyRun.Show(w.Text)}");

    [Fact]
    public void Every_written_count_reads_back_as_itself_up_to_the_count_limit() =>
        PropertyRun.Check(Written, w =>
        {
            var reading = AnswerParser.ReadCount(w.Text, "次");
            if (w.N <= CountParser.Max)
            {
                Assert.True(reading.Success, reading.Error);
                Assert.Equal(new CountReading(w.N), reading.Value);
            }
            else
            {
                Assert.Equal("次数过大（不能超过1000万），请核对后重新回复，如“3”。", reading.Error);
            }
        }, output.WriteLine, print: w => $"{w.N} written {PropertyRun.Show(w.Text)}");

    [Fact]
    public void Every_item_number_is_a_numeral_that_parses_back() =>
        PropertyRun.Check(Gen.Int.Positive, n =>
        {
            Assert.True(ChineseNumerals.TryParse(Numbering.Chinese(n), out var value));
            Assert.Equal(n, value);
        }, output.WriteLine);

    [Fact]
    public void Every_number_below_a_hundred_thousand_round_trips_in_every_form()
    {
        for (long n = 0; n < 100_000; n++)
        {
            for (var form = 0; form < 4; form++)
            {
                var text = Write(n, form);
                if (!ChineseNumerals.TryParse(text, out var value) || value != n)
                {
                    Assert.Fail($"{n} written {text} read as {value}");
                }
            }
        }
    }
}
