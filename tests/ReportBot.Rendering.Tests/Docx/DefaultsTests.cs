using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportBot.Rendering.Tests.Docx;

public sealed class DefaultsTests(SamplePackage sample) : IClassFixture<SamplePackage>
{
    private readonly DocxPackage package = sample.Package;

    private Styles Styles => package.Main.StyleDefinitionsPart!.Styles!;

    [Fact]
    public void DefaultsUseExactLineSpacingOf28Point95()
    {
        var spacing = Styles.DocDefaults!.ParagraphPropertiesDefault!.ParagraphPropertiesBaseStyle!.SpacingBetweenLines!;
        Assert.Equal("579", spacing.Line!.Value);
        Assert.Equal(LineSpacingRuleValues.Exact, spacing.LineRule!.Value);
        Assert.Equal("0", spacing.Before!.Value);
        Assert.Equal("0", spacing.After!.Value);
    }

    [Fact]
    public void DefaultsTightenCharactersByAQuarterPoint()
    {
        var run = Styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal(-5, run.GetFirstChild<Spacing>()!.Val!.Value);
        Assert.Equal("32", run.FontSize!.Val!.Value);
        DocxAssert.Fonts(run.RunFonts, "仿宋_GB2312");
    }

    [Fact]
    public void NormalStyleHasAnExplicitSixteenPointSize()
    {
        var normal = Styles.Elements<Style>().Single(s => s.StyleId == "Normal");
        Assert.True(normal.Default!.Value);
        Assert.Equal("32", normal.StyleRunProperties!.FontSize!.Val!.Value);
        DocxAssert.Fonts(normal.StyleRunProperties.RunFonts, "仿宋_GB2312");
    }

    [Fact]
    public void FontTableDeclaresAltNamesForTheGb2312Fonts()
    {
        var fonts = package.Main.FontTablePart!.Fonts!.Elements<Font>().ToDictionary(f => f.Name!.Value!);
        Assert.Equal("仿宋", fonts["仿宋_GB2312"].AltName!.Val!.Value);
        Assert.Equal("楷体", fonts["楷体_GB2312"].AltName!.Val!.Value);
        Assert.Null(fonts["黑体"].AltName);
        Assert.Equal(
            ["仿宋_GB2312", "宋体", "方正小标宋简体", "楷体_GB2312", "黑体"],
            fonts.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SettingsEnableSeparateOddAndEvenFooters()
    {
        var settings = package.Main.DocumentSettingsPart!.Settings!;
        Assert.NotNull(settings.GetFirstChild<EvenAndOddHeaders>());
    }
}
