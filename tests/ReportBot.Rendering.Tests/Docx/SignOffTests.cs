using DocumentFormat.OpenXml.Wordprocessing;
using ReportBot.Core.Drafting;

namespace ReportBot.Rendering.Tests.Docx;

public sealed class SignOffTests
{
    private static (Paragraph Blank, Paragraph Unit, Paragraph Date) SignOff(DocxPackage package)
    {
        var paragraphs = package.Paragraphs;
        return (paragraphs[^3], paragraphs[^2], paragraphs[^1]);
    }

    private static void AssertRightIndent(Paragraph paragraph, int rightChars, string rightTwips)
    {
        var properties = paragraph.ParagraphProperties!;
        Assert.Equal(JustificationValues.Right, properties.Justification!.Val!.Value);
        Assert.Equal(rightChars, properties.Indentation!.RightChars!.Value);
        Assert.Equal(rightTwips, properties.Indentation.Right!.Value);
        DocxAssert.Run(paragraph.Elements<Run>().Single(), "仿宋_GB2312", 32);
    }

    [Fact]
    public void LongUnitNameEndsTwoCharactersFromTheRightAndTheDateStartsTwoCharactersFurtherRight()
    {
        using var package = new DocxPackage(SampleDraft.Create());
        var (blank, unit, date) = SignOff(package);

        Assert.Equal(string.Empty, blank.InnerText);
        Assert.StartsWith("三是", package.Paragraphs[^4].InnerText, StringComparison.Ordinal);
        Assert.Equal("中共幸福路街道工作委员会", unit.InnerText);
        Assert.Equal("2020年7月10日", date.InnerText);
        // 12 characters of name, 6.5 of date: the name ends 2 from the right and starts 14 from it;
        // the date starts 12 from the right, so it ends 12 − 6.5 = 5.5 from it.
        AssertRightIndent(unit, 200, "640");
        AssertRightIndent(date, 550, "1760");
    }

    [Fact]
    public void LongerDateKeepsTwoCharactersAndTheUnitMovesLeft()
    {
        var draft = new Draft("标题", [new DraftParagraph("正文。")], new DraftSignOff("某某社区", "2026年11月29日"));
        using var package = new DocxPackage(draft);
        var (_, unit, date) = SignOff(package);

        // The date is 7 characters wide, so it ends 2 from the right and starts 9 from it;
        // the unit starts 11 from the right and, 4 characters wide, ends 7 from it.
        AssertRightIndent(date, 200, "640");
        AssertRightIndent(unit, 700, "2240");
    }

    [Fact]
    public void NoSignOffMeansTheBodyEndsTheDocument()
    {
        using var package = new DocxPackage(new Draft("标题", [new DraftParagraph("正文最后一段。")]));
        Assert.Equal("正文最后一段。", package.Paragraphs[^1].InnerText);
    }
}
