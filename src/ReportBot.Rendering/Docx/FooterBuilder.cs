using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportBot.Rendering.Docx;

/// <summary>
/// Page numbers "— n —" in 宋体 4号 with half-width digits (a PAGE field): odd pages right, even pages left,
/// 1 character from the edge of the text area.
/// </summary>
internal static class FooterBuilder
{
    /// <summary>Adds the odd (default) and even footers; returns their relationship ids.</summary>
    public static (string Odd, string Even) AddTo(MainDocumentPart main, DocxRuns runs) =>
        (Add(main, runs, oddPage: true), Add(main, runs, oddPage: false));

    private static string Add(MainDocumentPart main, DocxRuns runs, bool oddPage)
    {
        var part = main.AddNewPart<FooterPart>();
        part.Footer = new Footer(PageNumber(runs, oddPage));
        return main.GetIdOfPart(part);
    }

    private static Paragraph PageNumber(DocxRuns runs, bool oddPage)
    {
        var oneChar = ParagraphFormats.Twips(DocxLayout.PageNumberCharTwips);
        var indentation = oddPage
            ? new Indentation { Right = oneChar, RightChars = 100 }
            : new Indentation { Left = oneChar, LeftChars = 100 };
        var properties = new ParagraphProperties(
            new SnapToGrid { Val = false },
            new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto },
            indentation,
            new Justification { Val = oddPage ? JustificationValues.Right : JustificationValues.Left });

        return new Paragraph(
            properties,
            Text(runs, "— "),
            Field(runs, new FieldChar { FieldCharType = FieldCharValues.Begin }),
            Field(runs, new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            Field(runs, new FieldChar { FieldCharType = FieldCharValues.Separate }),
            Text(runs, "1"),
            Field(runs, new FieldChar { FieldCharType = FieldCharValues.End }),
            Text(runs, " —"));
    }

    private static Run Text(DocxRuns runs, string text) =>
        runs.Text(text, runs.Options.PageNumberFont, DocxLayout.PageNumberSize);

    private static Run Field(DocxRuns runs, OpenXmlElement content) =>
        new(runs.Properties(runs.Options.PageNumberFont, DocxLayout.PageNumberSize), content);
}
