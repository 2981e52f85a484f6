using ReportBot.Core.Drafting;
using ReportBot.Rendering.Markdown;

namespace ReportBot.Rendering.Tests.Markdown;

/// <summary>Issue 8, item 10: run-in headings are bold in CommonMark viewers, checked with Markdig itself.</summary>
public sealed class MarkdownBoldTests
{
    [Theory]
    [InlineData("压实主体责任，推动意识形态工作责任制落到实处。", "一是书记履行第一责任人职责。")]
    [InlineData("抓牢“牛鼻子”", "一是逐级传导压力。")]
    [InlineData("学习“三会一课”。", "一是严格执行制度。")]
    [InlineData("坚持正面宣传，唱响主旋律。", "，承上启下。")]
    [InlineData("加强学习", "一是读原著。")]
    [InlineData("用好(网络)平台。", "一是发布信息。")]
    public void A_run_in_heading_renders_bold_and_no_asterisks_are_left(string heading, string body)
    {
        var draft = new Draft("标题", [new DraftParagraph(body, new DraftHeading(2, "（一）", heading))]);
        var html = Markdig.Markdown.ToHtml(new MarkdownRenderer().Render(draft));
        var paragraph = html.Split('\n').Single(l => l.Contains(body[..2], StringComparison.Ordinal));
        Assert.DoesNotContain("*", paragraph, StringComparison.Ordinal);
        Assert.Contains("<strong>（一）", paragraph, StringComparison.Ordinal);
        var bold = paragraph[(paragraph.IndexOf("<strong>", StringComparison.Ordinal) + 8)..paragraph.IndexOf("</strong>", StringComparison.Ordinal)];
        Assert.StartsWith("（一）" + heading[..2], bold, StringComparison.Ordinal);
        var plain = paragraph.Replace("<p>", string.Empty, StringComparison.Ordinal).Replace("</p>", string.Empty, StringComparison.Ordinal)
            .Replace("<strong>", string.Empty, StringComparison.Ordinal).Replace("</strong>", string.Empty, StringComparison.Ordinal);
        Assert.Equal("（一）" + heading + body, System.Net.WebUtility.HtmlDecode(plain));
    }
}
