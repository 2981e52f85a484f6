using ReportBot.Core.Drafting;
using ReportBot.Rendering.TelegramHtml;

namespace ReportBot.Rendering.Tests.TelegramHtml;

public class EscapingTests
{
    private readonly TelegramHtmlRenderer _renderer = new();

    [Theory]
    [InlineData("<b>", "&lt;b&gt;")]
    [InlineData("A & B", "A &amp; B")]
    [InlineData("&lt;", "&amp;lt;")]
    [InlineData("*粗体* _斜体_ `代码`", "*粗体* _斜体_ `代码`")]
    [InlineData("\"引号\" 'x'", "\"引号\" 'x'")]
    public void EscapesOnlyWhatTelegramHtmlReadsAsMarkup(string text, string expected)
    {
        Assert.Equal(expected, TelegramText.Escape(text));
        Assert.Equal(expected, _renderer.Escape(text));
    }

    [Fact]
    public void UserTextArrivesLiterallyEverywhere()
    {
        var draft = new Draft(
            "<b>标题</b> & *总结*",
            [
                new DraftHeading(1, "一、", "<i>情况</i>"),
                new DraftParagraph("a<b & _c_", new DraftHeading(2, "（一）", "x>y & z。")),
            ],
            new DraftSignOff("<单位>", "2020年&7月"));

        const string Expected = """
            <b>&lt;b&gt;标题&lt;/b&gt; &amp; *总结*</b>

            <b>一、&lt;i&gt;情况&lt;/i&gt;</b>

            <b>（一）x&gt;y &amp; z。</b>a&lt;b &amp; _c_

            &lt;单位&gt;
            2020年&amp;7月
            """;
        var html = _renderer.Render(draft);
        Assert.Equal(Expected, html);
        TagBalance.AssertBalanced(html);
    }

    [Fact]
    public void EscapedTextIsAsLongAsTheUserTypedIt()
    {
        const string Text = "<b>a & b</b> *_";
        Assert.Equal(Text.Length, TelegramMessageSplitter.VisibleLength(TelegramText.Escape(Text)));
    }
}
