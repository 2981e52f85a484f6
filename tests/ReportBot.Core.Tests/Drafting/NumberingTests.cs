using ReportBot.Core.Drafting;

namespace ReportBot.Core.Tests.Drafting;

public sealed class NumberingTests
{
    [Theory]
    [InlineData(1, "一")]
    [InlineData(10, "十")]
    [InlineData(99, "九十九")]
    [InlineData(100, "一百")]
    [InlineData(101, "一百零一")]
    [InlineData(110, "一百一十")]
    [InlineData(1000, "一千")]
    [InlineData(int.MaxValue, "二十一亿四千七百四十八万三千六百四十七")]
    public void Chinese_numbering_works_for_any_positive_count(int n, string expected) =>
        Assert.Equal(expected, Numbering.Chinese(n));

    [Fact]
    public void A_section_with_more_than_ninety_nine_items_is_numbered()
    {
        var labels = Enumerable.Range(1, 150).Select(Numbering.Item).ToList();
        Assert.Equal("九十九是", labels[98]);
        Assert.Equal("一百是", labels[99]);
        Assert.Equal("一百五十是", labels[149]);
        Assert.Equal(150, labels.Distinct().Count());
    }

    [Theory]
    [InlineData(1, 100, "一百、")]
    [InlineData(2, 120, "（一百二十）")]
    [InlineData(3, 120, "120.")]
    [InlineData(4, 120, "（120）")]
    public void Headings_are_numbered_past_ninety_nine(int level, int position, string expected) =>
        Assert.Equal(expected, Numbering.Heading(level, position));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Numbering_starts_at_one(int n) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Numbering.Chinese(n));
}
