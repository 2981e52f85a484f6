using ReportBot.Core.Answers;

namespace ReportBot.Core.Tests.Answers;

public sealed class CountReadingTests
{
    [Theory]
    [InlineData(null, "场", true)]
    [InlineData("场", "场", true)]
    [InlineData("场（次）", "场", true)]
    [InlineData("场次", "场", true)]
    [InlineData("篇", null, true)]
    [InlineData("篇", "场", false)]
    [InlineData("个月", "个", false)]
    [InlineData("人次", "人", false)]
    public void A_measure_word_fits_the_question_unit_or_is_reported_as_different(string? written, string? unit, bool fits) =>
        Assert.Equal(fits, new CountReading(3, CountQualifier.Exact, written).FitsUnit(unit));
}
