using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportBot.Rendering.Docx;

/// <summary>
/// Document defaults (body font, 16 pt, −0.25 pt character spacing, exact 28.95 pt lines) and a Normal style
/// with an explicit size.
/// </summary>
internal static class StylesBuilder
{
    public static void AddTo(MainDocumentPart main, DocxRuns runs)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(Defaults(runs), Normal(runs));
    }

    private static DocDefaults Defaults(DocxRuns runs) => new(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(
            runs.Fonts(runs.Options.BodyFont),
            new Spacing { Val = DocxLayout.CharacterSpacing },
            new FontSize { Val = DocxLayout.BodySizeValue },
            new FontSizeComplexScript { Val = DocxLayout.BodySizeValue },
            new Languages { Val = "en-US", EastAsia = "zh-CN", Bidi = "ar-SA" })),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
            new WidowControl { Val = false },
            new SpacingBetweenLines
            {
                Before = "0",
                After = "0",
                Line = ParagraphFormats.Twips(DocxLayout.LinePitch),
                LineRule = LineSpacingRuleValues.Exact,
            })));

    private static Style Normal(DocxRuns runs) => new(
        new StyleName { Val = "Normal" },
        new PrimaryStyle(),
        new StyleParagraphProperties(new Justification { Val = JustificationValues.Both }),
        new StyleRunProperties(
            runs.Fonts(runs.Options.BodyFont),
            new FontSize { Val = DocxLayout.BodySizeValue },
            new FontSizeComplexScript { Val = DocxLayout.BodySizeValue }))
    {
        Type = StyleValues.Paragraph,
        StyleId = "Normal",
        Default = true,
    };
}
