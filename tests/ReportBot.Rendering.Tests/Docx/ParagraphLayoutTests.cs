using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportBot.Rendering.Tests.Docx;

public sealed class ParagraphLayoutTests(SamplePackage sample) : IClassFixture<SamplePackage>
{
    private const string Body = "仿宋_GB2312";
    private readonly DocxPackage package = sample.Package;

    [Fact]
    public void TitleIsCentredTwentyTwoPointXiaobiaosongWithoutIndent()
    {
        var title = package.Paragraphs[0];
        Assert.Equal(SampleDraft.Title, title.InnerText);
        Assert.Equal(JustificationValues.Center, title.ParagraphProperties!.Justification!.Val!.Value);
        var indentation = title.ParagraphProperties.Indentation;
        Assert.True(indentation is null || (indentation.FirstLineChars?.Value ?? 0) == 0);
        Assert.False(title.ParagraphProperties.SnapToGrid!.Val!.Value);
        var run = Assert.Single(title.Elements<Run>());
        DocxAssert.Run(run, "方正小标宋简体", 44);
        Assert.Null(run.RunProperties!.Bold);
    }

    [Fact]
    public void OneBlankLineFollowsTheTitle()
    {
        Assert.Equal(string.Empty, package.Paragraphs[1].InnerText);
        Assert.StartsWith("今年上半年以来", package.Paragraphs[2].InnerText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("今年上半年以来")]
    [InlineData("幸福路街道意识形态工作虽然")]
    [InlineData("落实意识形态工作责任制")]
    [InlineData("一是进一步加强对工作人员的培训")]
    [InlineData("三是进一步加强宣传思想工作")]
    public void BodyParagraphsAreIndentedFangsongSixteenPoint(string start)
    {
        var paragraph = package.Paragraph(start);
        DocxAssert.Indented(paragraph);
        DocxAssert.Run(Assert.Single(paragraph.Elements<Run>()), Body, 32);
    }

    [Theory]
    [InlineData("一、主要工作完成情况")]
    [InlineData("二、存在的问题")]
    [InlineData("三、下一步工作打算")]
    public void LevelOneHeadingsAreIndentedHeiti(string heading)
    {
        var paragraph = package.Paragraph(heading);
        Assert.Equal(heading, paragraph.InnerText);
        DocxAssert.Indented(paragraph);
        DocxAssert.Run(Assert.Single(paragraph.Elements<Run>()), "黑体", 32);
    }

    [Theory]
    [InlineData("（一）抓牢“牛鼻子”，推动意识形态工作责任制落实落地。", "一是幸福路街道党工委书记")]
    [InlineData("（二）加强政治理论学习，强化理论武装。", "一是坚持以习近平")]
    [InlineData("（三）坚持正面宣传，强化舆论引导。", "一是围绕幸福路街道中心工作")]
    [InlineData("（四）筑牢思想防线，实施分类管理。", "一是通过随访")]
    public void RunInHeadingIsKaitiFollowedByFangsongInTheSameParagraph(string heading, string textStart)
    {
        var paragraph = package.Paragraph(heading);
        DocxAssert.Indented(paragraph);
        var runs = paragraph.Elements<Run>().ToList();
        Assert.Equal(2, runs.Count);
        Assert.Equal(heading, runs[0].InnerText);
        DocxAssert.Run(runs[0], "楷体_GB2312", 32);
        Assert.StartsWith(textStart, runs[1].InnerText, StringComparison.Ordinal);
        Assert.Contains("二是", runs[1].InnerText, StringComparison.Ordinal);
        DocxAssert.Run(runs[1], Body, 32);
    }

    [Theory]
    [InlineData(2, "（一）", "楷体_GB2312")]
    [InlineData(3, "1.", Body)]
    [InlineData(4, "（1）", Body)]
    public void StandAloneHeadingsUseTheirLevelsFont(int level, string number, string font)
    {
        var draft = new Core.Drafting.Draft("标题", [new Core.Drafting.DraftHeading(level, number, "小标题")]);
        using var package = new DocxPackage(draft);
        var paragraph = package.Paragraph(number);
        Assert.Equal(number + "小标题", paragraph.InnerText);
        DocxAssert.Indented(paragraph);
        DocxAssert.Run(Assert.Single(paragraph.Elements<Run>()), font, 32);
    }

    [Fact]
    public void ConfiguredDigitFontTakesTheLatinSlotsOnly()
    {
        var options = new Rendering.Docx.DocxOptions { DigitFont = "Times New Roman" };
        using var package = new DocxPackage(SampleDraft.Create(), options);
        var run = package.Paragraph("二、").Elements<Run>().Single();
        DocxAssert.Fonts(run.RunProperties!.RunFonts, "黑体", "Times New Roman");
        Assert.Contains(
            package.Main.FontTablePart!.Fonts!.Elements<Font>(),
            f => f.Name == "Times New Roman");
    }
}
