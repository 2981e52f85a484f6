using ReportBot.Core.Drafting;

namespace ReportBot.Rendering.Docx;

/// <summary>A stand-alone heading: indented 2 characters, in the level's font (黑体, 楷体, 仿宋).</summary>
internal sealed class HeadingRenderer : DocxBlockRenderer<DraftHeading>
{
    protected override void Write(DocxWriter writer, DraftHeading block) =>
        writer.Append(ParagraphFormats.Indented(), writer.Body(block.FullText, writer.HeadingFont(block.Level)));
}
