using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportBot.Rendering.Tests.Docx;

internal static class DocxAssert
{
    /// <summary>All four font slots hold <paramref name="font"/> (ascii/hAnsi: <paramref name="digitFont"/> if set), hint=eastAsia.</summary>
    public static void Fonts(RunFonts? fonts, string font, string? digitFont = null)
    {
        Assert.NotNull(fonts);
        Assert.Equal(FontTypeHintValues.EastAsia, fonts.Hint?.Value);
        Assert.Equal(digitFont ?? font, fonts.Ascii?.Value);
        Assert.Equal(digitFont ?? font, fonts.HighAnsi?.Value);
        Assert.Equal(font, fonts.EastAsia?.Value);
        Assert.Equal(font, fonts.ComplexScript?.Value);
    }

    /// <summary>A run in <paramref name="font"/> at <paramref name="halfPoints"/>.</summary>
    public static void Run(Run run, string font, int halfPoints)
    {
        Fonts(run.RunProperties?.RunFonts, font);
        Assert.Equal(halfPoints.ToString(), run.RunProperties?.FontSize?.Val?.Value);
        Assert.Equal(halfPoints.ToString(), run.RunProperties?.FontSizeComplexScript?.Val?.Value);
    }

    /// <summary>Justified, first line indented 2 characters.</summary>
    public static void Indented(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        Assert.Equal(200, properties?.Indentation?.FirstLineChars?.Value);
        Assert.Equal("640", properties?.Indentation?.FirstLine?.Value);
        Assert.Equal(JustificationValues.Both, properties?.Justification?.Val?.Value);
    }
}
