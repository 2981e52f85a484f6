using Microsoft.Extensions.Configuration;
using ReportBot.Rendering;
using ReportBot.Rendering.Docx;

namespace ReportBot.Cli.Commands;

/// <summary>The formats drafts are written in by <c>chat</c> and <c>render</c>: Word, Markdown and plain text.</summary>
public static class DraftFiles
{
    /// <summary>A writer for every format, with the docx fonts from the <c>Docx</c> settings.</summary>
    public static DraftFileWriter Writer(IConfiguration configuration)
    {
        var docx = new DocxOptions();
        configuration.GetSection(DocxOptions.SectionName).Bind(docx);
        return new DraftFileWriter([new DocxFormat(docx), new MarkdownFormat(), new PlainTextFormat()]);
    }
}
