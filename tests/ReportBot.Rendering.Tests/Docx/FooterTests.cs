using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportBot.Rendering.Tests.Docx;

public sealed class FooterTests(SamplePackage sample) : IClassFixture<SamplePackage>
{
    private readonly DocxPackage package = sample.Package;

    [Fact]
    public void OddAndEvenFootersAreDistinctParts()
    {
        var references = package.Section.Elements<FooterReference>().ToList();
        Assert.Equal(2, references.Count);
        Assert.Contains(references, r => r.Type!.Value == HeaderFooterValues.Default);
        Assert.Contains(references, r => r.Type!.Value == HeaderFooterValues.Even);
        Assert.NotEqual(references[0].Id!.Value, references[1].Id!.Value);
        Assert.NotNull(package.Main.DocumentSettingsPart!.Settings!.GetFirstChild<EvenAndOddHeaders>());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void PageNumberIsAPageFieldBetweenDashesInSongtiFourteenPoint(bool odd)
    {
        var paragraph = Assert.Single(package.Footer(odd ? HeaderFooterValues.Default : HeaderFooterValues.Even)
            .Elements<Paragraph>());
        Assert.Equal(" PAGE ", Assert.Single(paragraph.Descendants<FieldCode>()).Text);
        Assert.Equal(
            [FieldCharValues.Begin, FieldCharValues.Separate, FieldCharValues.End],
            paragraph.Descendants<FieldChar>().Select(c => c.FieldCharType!.Value));
        Assert.Equal("— 1 —", string.Concat(paragraph.Descendants<Text>().Select(t => t.Text)));
        Assert.All(paragraph.Elements<Run>(), run => DocxAssert.Run(run, "宋体", 28));
    }

    [Fact]
    public void OddPagesNumberRightOneCharacterFromTheEdge()
    {
        var properties = package.Footer(HeaderFooterValues.Default).Elements<Paragraph>().Single().ParagraphProperties!;
        Assert.Equal(JustificationValues.Right, properties.Justification!.Val!.Value);
        Assert.Equal(100, properties.Indentation!.RightChars!.Value);
        Assert.Equal("280", properties.Indentation.Right!.Value);
        Assert.Null(properties.Indentation.LeftChars);
    }

    [Fact]
    public void EvenPagesNumberLeftOneCharacterFromTheEdge()
    {
        var properties = package.Footer(HeaderFooterValues.Even).Elements<Paragraph>().Single().ParagraphProperties!;
        Assert.Equal(JustificationValues.Left, properties.Justification!.Val!.Value);
        Assert.Equal(100, properties.Indentation!.LeftChars!.Value);
        Assert.Equal("280", properties.Indentation.Left!.Value);
        Assert.Null(properties.Indentation.RightChars);
    }
}
