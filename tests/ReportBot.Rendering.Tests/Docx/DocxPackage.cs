using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportBot.Core.Drafting;
using ReportBot.Rendering.Docx;

namespace ReportBot.Rendering.Tests.Docx;

/// <summary>A rendered draft, opened again with the OpenXML SDK for inspection.</summary>
public sealed class DocxPackage : IDisposable
{
    private readonly MemoryStream stream;

    public DocxPackage(Draft draft, DocxOptions? options = null)
    {
        Bytes = new DocxRenderer(options ?? new DocxOptions()).Render(draft);
        stream = new MemoryStream(Bytes, writable: false);
        Document = WordprocessingDocument.Open(stream, isEditable: false);
    }

    public byte[] Bytes { get; }

    public WordprocessingDocument Document { get; }

    public MainDocumentPart Main => Document.MainDocumentPart!;

    public Body Body => Main.Document!.Body!;

    public IReadOnlyList<Paragraph> Paragraphs => [.. Body.Elements<Paragraph>()];

    public SectionProperties Section => Body.Elements<SectionProperties>().Single();

    /// <summary>The one body paragraph whose text starts with <paramref name="start"/>.</summary>
    public Paragraph Paragraph(string start) =>
        Paragraphs.Single(p => p.InnerText.StartsWith(start, StringComparison.Ordinal));

    public Footer Footer(HeaderFooterValues type)
    {
        var reference = Section.Elements<FooterReference>().Single(r => r.Type!.Value == type);
        return ((FooterPart)Main.GetPartById(reference.Id!)).Footer!;
    }

    public void Dispose()
    {
        Document.Dispose();
        stream.Dispose();
    }
}

/// <summary>The sample report, rendered once per test class.</summary>
public sealed class SamplePackage : IDisposable
{
    public DocxPackage Package { get; } = new(SampleDraft.Create());

    public void Dispose() => Package.Dispose();
}
