using DocumentFormat.OpenXml.Wordprocessing;
using ReportBot.Core.Drafting;

namespace ReportBot.Rendering.Docx;

/// <summary>
/// A body paragraph. A run-in heading is one run in the heading's font; the text continues in the body font
/// in the same paragraph.
/// </summary>
internal sealed class ParagraphRenderer : DocxBlockRenderer<DraftParagraph>
{
    protected override void Write(DocxWriter writer, DraftParagraph block)
    {
        var runs = new List<Run>(2);
        if (block.RunIn is { } heading)
        {
            runs.Add(writer.Body(heading.FullText, writer.HeadingFont(heading.Level)));
        }

        if (block.Text.Length > 0 || runs.Count == 0)
        {
            runs.Add(writer.Body(block.Text, writer.Options.BodyFont));
        }

        writer.Append(ParagraphFormats.Indented(), runs);
    }
}
