using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportBot.Rendering.Docx;

/// <summary>What block renderers write into: the document body, the run builder and the fonts per level.</summary>
internal sealed class DocxWriter(Body body, DocxRuns runs)
{
    public DocxRuns Runs => runs;

    public DocxOptions Options => runs.Options;

    public void Append(Paragraph paragraph) => body.Append(paragraph);

    /// <summary>A paragraph with the given properties and runs.</summary>
    public void Append(ParagraphProperties properties, params IEnumerable<Run> content)
    {
        var paragraph = new Paragraph(properties);
        paragraph.Append(content);
        body.Append(paragraph);
    }

    /// <summary>The font of a heading: level 1 黑体, level 2 楷体, levels 3 and 4 the body font.</summary>
    public string HeadingFont(int level) => level switch
    {
        1 => Options.Level1Font,
        2 => Options.Level2Font,
        _ => Options.BodyFont,
    };

    /// <summary>A run of body-size text.</summary>
    public Run Body(string text, string font) => runs.Text(text, font, DocxLayout.BodySize);
}
