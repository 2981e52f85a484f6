using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportBot.Rendering.Docx;

/// <summary>The section: A4, the official margins, the footers and a line grid of 28.95 pt.</summary>
internal static class PageSetupBuilder
{
    public static SectionProperties Build(string oddFooterId, string evenFooterId) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = oddFooterId },
        new FooterReference { Type = HeaderFooterValues.Even, Id = evenFooterId },
        new PageSize { Width = DocxLayout.PageWidth, Height = DocxLayout.PageHeight },
        new PageMargin
        {
            Top = DocxLayout.MarginTop,
            Bottom = DocxLayout.MarginBottom,
            Left = DocxLayout.MarginLeft,
            Right = DocxLayout.MarginRight,
            Header = DocxLayout.HeaderDistance,
            Footer = DocxLayout.FooterDistance,
            Gutter = 0,
        },
        new Columns { Space = "425" },
        new DocGrid { Type = DocGridValues.Lines, LinePitch = DocxLayout.LinePitch });
}
