using ReportBot.Rendering.TelegramHtml;

namespace ReportBot.Rendering.Tests.TelegramHtml;

public class VisibleLengthTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("工作总结", 4)]
    [InlineData("<b>工作总结</b>", 4)]
    [InlineData("&lt;b&gt;", 3)]
    [InlineData("a &amp; b", 5)]
    [InlineData("&quot;&#20320;&#x597D;", 3)]
    [InlineData("<a href=\"https://t.me\">链接</a>", 2)]
    [InlineData("一\n二", 3)]
    [InlineData("&unknown; &", 11)]
    [InlineData("a < b", 5)]
    [InlineData("😀", 2)]
    public void CountsTextAfterEntityParsing(string html, int expected) =>
        Assert.Equal(expected, TelegramMessageSplitter.VisibleLength(html));
}
