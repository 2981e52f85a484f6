using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportBot.Core.Drafting;

namespace ReportBot.Rendering.Docx;

/// <summary>Renders a <see cref="Draft"/> as a Word document in the official layout (GB/T 9704-2012).</summary>
public sealed class DocxRenderer(DocxOptions options)
{
    private readonly DocxRuns runs = new(options);

    private readonly IDocxBlockRenderer[] renderers =
    [
        new HeadingRenderer(),
        new ParagraphRenderer(),
    ];

    /// <summary>
    /// The download name of the draft: "{Title}.docx" ("{Title}（未完成草稿）.docx" for an unfinished one), characters
    /// invalid in file names replaced.
    /// </summary>
    public static string FileNameFor(Draft draft) => DocxFileName.For(draft.Complete ? draft.Title : draft.Title + UnfinishedSuffix);

    /// <summary>Added to the file name of an unfinished draft, so it never replaces the finished report's files.</summary>
    public const string UnfinishedSuffix = "（未完成草稿）";

    /// <summary>Writes the .docx package of <paramref name="draft"/> to <paramref name="output"/>.</summary>
    public void Render(Draft draft, Stream output)
    {
        using var buffer = new MemoryStream();
        Write(draft, buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    /// <summary>The .docx package of <paramref name="draft"/>.</summary>
    public byte[] Render(Draft draft)
    {
        using var buffer = new MemoryStream();
        Write(draft, buffer);
        return buffer.ToArray();
    }

    private void Write(Draft draft, MemoryStream buffer)
    {
        using var package = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document);
        package.PackageProperties.Title = draft.Title;
        package.PackageProperties.Creator = "ReportBot";

        var main = package.AddMainDocumentPart();
        StylesBuilder.AddTo(main, runs);
        FontTableBuilder.AddTo(main, options);
        SettingsBuilder.AddTo(main);
        var (oddFooter, evenFooter) = FooterBuilder.AddTo(main, runs);

        var body = new Body();
        WriteBody(new DocxWriter(body, runs), draft);
        body.Append(PageSetupBuilder.Build(oddFooter, evenFooter));
        main.Document = new Document(body);
    }

    private void WriteBody(DocxWriter writer, Draft draft)
    {
        TitleRenderer.Write(writer, draft.Title);
        foreach (var block in draft.Blocks)
        {
            var renderer = Array.Find(renderers, r => r.Accepts(block))
                ?? throw new NotSupportedException($"No docx renderer for {block.GetType().Name}.");
            renderer.Write(writer, block);
        }

        if (draft.SignOff is { } signOff)
        {
            SignOffRenderer.Write(writer, signOff);
        }
    }
}
