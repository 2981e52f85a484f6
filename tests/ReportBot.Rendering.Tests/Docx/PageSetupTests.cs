using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportBot.Rendering.Tests.Docx;

public sealed class PageSetupTests(SamplePackage sample) : IClassFixture<SamplePackage>
{
    private readonly DocxPackage package = sample.Package;

    [Fact]
    public void PageIsA4Portrait()
    {
        var size = package.Section.GetFirstChild<PageSize>()!;
        Assert.Equal(11906u, size.Width!.Value);
        Assert.Equal(16838u, size.Height!.Value);
        Assert.Null(size.Orient);
    }

    [Fact]
    public void MarginsFollowTheOfficialTextArea()
    {
        var margin = package.Section.GetFirstChild<PageMargin>()!;
        Assert.Equal(2098, margin.Top!.Value);
        Assert.Equal(1984, margin.Bottom!.Value);
        Assert.Equal(1588u, margin.Left!.Value);
        Assert.Equal(1474u, margin.Right!.Value);
        Assert.Equal(1417u, margin.Footer!.Value);
    }

    [Fact]
    public void GridIsLinesOnlyWithTheExactLinePitch()
    {
        var grid = package.Section.GetFirstChild<DocGrid>()!;
        Assert.Equal(DocGridValues.Lines, grid.Type!.Value);
        Assert.Equal(579, grid.LinePitch!.Value);
        Assert.Null(grid.CharacterSpace);
    }

    [Fact]
    public void SectionIsTheLastChildOfTheBody() =>
        Assert.IsType<SectionProperties>(package.Body.LastChild);
}
