namespace ReportBot.Rendering.Docx;

/// <summary>The title: 方正小标宋简体 2号, centred, not bold, followed by one blank line.</summary>
internal static class TitleRenderer
{
    public static void Write(DocxWriter writer, string title)
    {
        writer.Append(
            ParagraphFormats.Centred(),
            writer.Runs.Text(title, writer.Options.TitleFont, DocxLayout.TitleSize));
        writer.Append(ParagraphFormats.BlankLine(writer.Runs));
    }
}
