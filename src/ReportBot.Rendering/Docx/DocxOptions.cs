namespace ReportBot.Rendering.Docx;

/// <summary>
/// Fonts of the official layout (GB/T 9704-2012). Bind from the configuration section <see cref="SectionName"/>.
/// </summary>
public sealed class DocxOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Docx";

    /// <summary>The title font (2号, not bold).</summary>
    public string TitleFont { get; set; } = "方正小标宋简体";

    /// <summary>The body font (3号); also levels 3 and 4 and the sign-off.</summary>
    public string BodyFont { get; set; } = "仿宋_GB2312";

    /// <summary>The level-1 heading font ("一、").</summary>
    public string Level1Font { get; set; } = "黑体";

    /// <summary>The level-2 heading font ("（一）").</summary>
    public string Level2Font { get; set; } = "楷体_GB2312";

    /// <summary>The page-number font (4号).</summary>
    public string PageNumberFont { get; set; } = "宋体";

    /// <summary>The font for digits and Latin letters (ascii/hAnsi slots); null = the paragraph's own font.</summary>
    public string? DigitFont { get; set; }

    /// <summary>Alternative names declared in the font table (Windows ships 仿宋/楷体, not the _GB2312 fonts).</summary>
    public Dictionary<string, string> AltNames { get; } = new(StringComparer.Ordinal)
    {
        ["仿宋_GB2312"] = "仿宋",
        ["楷体_GB2312"] = "楷体",
    };
}
