using ReportBot.Rendering.TelegramHtml;

namespace ReportBot.Rendering.Tests.TelegramHtml;

public class TelegramTextTests
{
    [Fact]
    public void MessageWithContextPutsItInBoldOnItsOwnLine() =>
        Assert.Equal("<b>第2步 &lt;单位&gt;</b>\n请输入单位名称 &amp; 简称", TelegramText.Message("第2步 <单位>", "请输入单位名称 & 简称"));

    [Fact]
    public void MessageWithoutContextIsTheEscapedText() =>
        Assert.Equal("a &lt;b&gt; *c*", TelegramText.Message(null, "a <b> *c*"));

    [Fact]
    public void ShortMessageIsNotSplit() =>
        Assert.Equal(["<b>标题</b>\n第一行\n第二行"], TelegramText.SplitPlain("<b>标题</b>\n第一行\n第二行"));

    [Fact]
    public void SplitsAtLineBoundaries()
    {
        var lines = Enumerable.Range(0, 100).Select(i => $"{i:D3}" + LongDrafts.Chinese(96, seed: i)).ToList();
        var html = string.Join('\n', lines);

        var parts = TelegramText.SplitPlain(html);

        Assert.Equal(3, parts.Count);
        Assert.All(parts, p => Assert.InRange(TelegramMessageSplitter.VisibleLength(p), 1, 4096));
        Assert.Equal(html, string.Join('\n', parts));
        Assert.All(parts, p => Assert.Contains(p.Split('\n')[0], lines));
    }

    [Theory]
    [InlineData("一二三。四五六。七八", 5, new[] { "一二三。", "四五六。", "七八" })]
    [InlineData("一二三四五六七", 3, new[] { "一二三", "四五六", "七" })]
    [InlineData("一二\n三四五六。七八", 6, new[] { "一二", "三四五六。", "七八" })]
    [InlineData("<b>上下文标题</b>\n问题", 3, new[] { "<b>上下文</b>", "<b>标题</b>", "问题" })]
    [InlineData("a&amp;b&lt;c", 2, new[] { "a&amp;", "b&lt;", "c" })]
    public void SplitsLongLinesAtSentenceEndsThenHard(string html, int limit, string[] expected) =>
        Assert.Equal(expected, TelegramText.SplitPlain(html, limit));

    [Fact]
    public void LimitBelowTwoIsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TelegramText.SplitPlain("abc", 1));
}
