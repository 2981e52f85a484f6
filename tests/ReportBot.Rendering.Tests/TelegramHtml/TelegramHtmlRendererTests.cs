using ReportBot.Core.Drafting;
using ReportBot.Rendering.TelegramHtml;

namespace ReportBot.Rendering.Tests.TelegramHtml;

public class TelegramHtmlRendererTests
{
    private readonly TelegramHtmlRenderer _renderer = new();

    [Fact]
    public void RendersTitleHeadingsRunInHeadingsAndSignOff()
    {
        var draft = new Draft(
            "2020年上半年意识形态工作总结",
            [
                new DraftParagraph("今年上半年以来，取得了一定的成效。"),
                new DraftHeading(1, "一、", "主要工作完成情况"),
                new DraftParagraph("一是切实履行责任。", new DraftHeading(2, "（一）", "抓牢“牛鼻子”。")),
            ],
            new DraftSignOff("中共幸福路街道工作委员会", "2020年7月10日"));

        const string Expected = """
            <b>2020年上半年意识形态工作总结</b>

            今年上半年以来，取得了一定的成效。

            <b>一、主要工作完成情况</b>

            <b>（一）抓牢“牛鼻子”。</b>一是切实履行责任。

            中共幸福路街道工作委员会
            2020年7月10日
            """;
        Assert.Equal(Expected, _renderer.Render(draft));
    }

    [Fact]
    public void WithoutSignOffEndsAfterTheLastBlock() =>
        Assert.Equal("<b>标题</b>\n\n正文。\n\n", _renderer.Render(new Draft("标题", [new DraftParagraph("正文。")])));

    [Theory]
    [InlineData(1, "一、", "存在的问题", "<b>一、存在的问题</b>\n\n")]
    [InlineData(2, "（二）", "加强学习", "<b>（二）加强学习</b>\n\n")]
    public void RendersHeadingsInBold(int level, string number, string text, string expected) =>
        Assert.Equal(expected, _renderer.Render(new DraftHeading(level, number, text)));

    [Fact]
    public void RendersParagraphWithoutRunInAsText() =>
        Assert.Equal("正文。\n\n", _renderer.Render(new DraftParagraph("正文。")));

    [Fact]
    public void SampleDraftUsesOnlyBalancedAllowedTags() =>
        TagBalance.AssertBalanced(_renderer.Render(Docx.SampleDraft.Create()));
}
