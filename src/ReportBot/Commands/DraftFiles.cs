using Microsoft.Extensions.Configuration;
using ReportBot.Rendering;

namespace ReportBot.Cli.Commands;

/// <summary>The formats drafts are written in by <c>chat</c> and <c>render</c>.</summary>
public static class DraftFiles
{
    /// <summary>A writer for Markdown and plain text.</summary>
    public static DraftFileWriter Writer(IConfiguration configuration)
    {
        _ = configuration;
        return new DraftFileWriter([new MarkdownFormat(), new PlainTextFormat()]);
    }
}
