using System.Text;
using ReportBot.Core.Drafting;
using ReportBot.Core.Files;
using ReportBot.Rendering.Docx;
using ReportBot.Rendering.Markdown;
using ReportBot.Rendering.PlainText;

namespace ReportBot.Rendering;

/// <summary>A file format a draft can be saved as.</summary>
public interface IDraftFormat
{
    /// <summary>The file extension, with the dot (".md").</summary>
    string Extension { get; }

    /// <summary>The draft as the bytes of a file.</summary>
    byte[] Render(Draft draft);
}

/// <summary>Markdown files (UTF-8).</summary>
public sealed class MarkdownFormat : IDraftFormat
{
    private readonly MarkdownRenderer _renderer = new();

    /// <inheritdoc/>
    public string Extension => ".md";

    /// <inheritdoc/>
    public byte[] Render(Draft draft) => Encoding.UTF8.GetBytes(_renderer.Render(draft));
}

/// <summary>Plain-text files (UTF-8).</summary>
public sealed class PlainTextFormat : IDraftFormat
{
    private readonly PlainTextRenderer _renderer = new();

    /// <inheritdoc/>
    public string Extension => ".txt";

    /// <inheritdoc/>
    public byte[] Render(Draft draft) => Encoding.UTF8.GetBytes(_renderer.Render(draft));
}

/// <summary>Word documents in the official layout.</summary>
public sealed class DocxFormat(DocxOptions options) : IDraftFormat
{
    private readonly DocxRenderer _renderer = new(options);

    /// <inheritdoc/>
    public string Extension => ".docx";

    /// <inheritdoc/>
    public byte[] Render(Draft draft) => _renderer.Render(draft);
}

/// <summary>Names draft files after the report title and writes them to a folder.</summary>
public sealed class DraftFileWriter(IEnumerable<IDraftFormat> formats)
{
    /// <summary>The title as a file name: characters not allowed in file names become "_".</summary>
    public static string BaseName(Draft draft) => Path.GetFileNameWithoutExtension(DocxRenderer.FileNameFor(draft));

    /// <summary>
    /// Writes the draft in every format into <paramref name="directory"/> (created 0700, files 0600: drafts are internal
    /// work documents); returns the paths written.
    /// </summary>
    public IReadOnlyList<string> Write(Draft draft, string directory)
    {
        PrivateFiles.CreateFolder(directory);
        var paths = new List<string>();
        foreach (var format in formats)
        {
            var path = Path.Combine(directory, BaseName(draft) + format.Extension);
            PrivateFiles.WriteAllBytes(path, format.Render(draft));
            paths.Add(path);
        }

        return paths;
    }
}
