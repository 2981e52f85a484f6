using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportBot.Rendering.Docx;

/// <summary>Paragraph properties of the official layout.</summary>
internal static class ParagraphFormats
{
    /// <summary>Body and headings: justified, first line indented 2 characters.</summary>
    public static ParagraphProperties Indented() => new(
        new Indentation { FirstLineChars = 200, FirstLine = Twips(2 * DocxLayout.BodyCharTwips) },
        new Justification { Val = JustificationValues.Both });

    /// <summary>
    /// The title: centred, no indent. Not snapped to the line grid: LibreOffice would give a 22 pt line two grid
    /// lines; the exact line spacing keeps it at one.
    /// </summary>
    public static ParagraphProperties Centred() => new(
        new SnapToGrid { Val = false },
        new Indentation { FirstLineChars = 0, FirstLine = "0" },
        new Justification { Val = JustificationValues.Center });

    /// <summary>Right-aligned, ending <paramref name="halfChars"/> half characters from the right margin.</summary>
    public static ParagraphProperties RightIndented(int halfChars) => new(
        new Indentation { RightChars = halfChars * 50, Right = Twips(halfChars * DocxLayout.BodyCharTwips / 2) },
        new Justification { Val = JustificationValues.Right });

    /// <summary>An empty line in the body font and size.</summary>
    public static Paragraph BlankLine(DocxRuns runs) => new(
        new ParagraphProperties(new ParagraphMarkRunProperties(
            runs.Fonts(runs.Options.BodyFont),
            new FontSize { Val = DocxLayout.BodySizeValue },
            new FontSizeComplexScript { Val = DocxLayout.BodySizeValue })));

    public static string Twips(int twips) => twips.ToString(CultureInfo.InvariantCulture);
}
