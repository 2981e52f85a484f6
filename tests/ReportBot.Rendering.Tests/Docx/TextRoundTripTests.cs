using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportBot.Core.Drafting;

namespace ReportBot.Rendering.Tests.Docx;

public sealed class TextRoundTripTests
{
    private const string Tricky = "  <b>加粗</b> & *星号* 😀 \"引号\" '单引号' ]]> &amp;  ";

    [Fact]
    public void UserTextIsStoredLiterally()
    {
        var draft = new Draft(
            Tricky,
            [new DraftParagraph(Tricky, new DraftHeading(2, "（一）", "<b>&😀*")), new DraftHeading(1, "一、", Tricky)],
            new DraftSignOff(Tricky, "2026年11月29日"));
        using var package = new DocxPackage(draft);

        var texts = package.Body.Descendants<Text>().Select(t => t.Text).ToList();
        Assert.Equal(3, texts.Count(t => t == Tricky)); // title, paragraph text, unit
        Assert.Contains("（一）<b>&😀*", texts);
        Assert.Contains("一、" + Tricky, texts);
        Assert.Equal(Tricky, package.Document.PackageProperties.Title);
        Assert.All(package.Body.Descendants<Text>(), t => Assert.Equal(SpaceProcessingModeValues.Preserve, t.Space?.Value));
        Assert.DoesNotContain(package.Body.Descendants<Bold>(), _ => true);
    }

    [Fact]
    public void MarkupIsEscapedInTheStoredXml()
    {
        using var package = new DocxPackage(new Draft("标题", [new DraftParagraph("<b>x</b> & 😀")]));
        using var reader = new StreamReader(package.Main.GetStream());
        var xml = reader.ReadToEnd();
        Assert.Contains("&lt;b&gt;x&lt;/b&gt; &amp; 😀", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void LineBreaksBecomeBreaksAndControlCharactersAreDropped()
    {
        using var package = new DocxPackage(new Draft("标题", [new DraftParagraph("第一行\r\n第二行\u0001\u0007")]));
        var run = package.Paragraph("第一行").Elements<Run>().Single();
        Assert.Equal(["第一行", "第二行"], run.Elements<Text>().Select(t => t.Text));
        Assert.Single(run.Elements<Break>());
    }
}
