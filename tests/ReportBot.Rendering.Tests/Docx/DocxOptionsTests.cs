using Microsoft.Extensions.Configuration;
using ReportBot.Rendering.Docx;

namespace ReportBot.Rendering.Tests.Docx;

public sealed class DocxOptionsTests
{
    [Fact]
    public void DefaultsAreTheOfficialFonts()
    {
        var options = new DocxOptions();
        Assert.Equal("方正小标宋简体", options.TitleFont);
        Assert.Equal("仿宋_GB2312", options.BodyFont);
        Assert.Equal("黑体", options.Level1Font);
        Assert.Equal("楷体_GB2312", options.Level2Font);
        Assert.Equal("宋体", options.PageNumberFont);
        Assert.Null(options.DigitFont);
        Assert.Equal("仿宋", options.AltNames["仿宋_GB2312"]);
        Assert.Equal("楷体", options.AltNames["楷体_GB2312"]);
    }

    [Fact]
    public void OptionsBindFromTheDocxSection()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Docx:BodyFont"] = "仿宋",
                ["Docx:DigitFont"] = "Times New Roman",
                ["Docx:AltNames:方正小标宋简体"] = "方正小标宋_GBK",
            })
            .Build();

        var options = new DocxOptions();
        configuration.GetSection(DocxOptions.SectionName).Bind(options);

        Assert.Equal("仿宋", options.BodyFont);
        Assert.Equal("Times New Roman", options.DigitFont);
        Assert.Equal("黑体", options.Level1Font);
        Assert.Equal("方正小标宋_GBK", options.AltNames["方正小标宋简体"]);
        Assert.Equal("仿宋", options.AltNames["仿宋_GB2312"]);
    }
}
