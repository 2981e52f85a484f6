namespace ReportBot.Rendering.Docx;

/// <summary>The measures of the official layout, in OpenXML units (twips, half-points).</summary>
internal static class DocxLayout
{
    public const uint PageWidth = 11906;
    public const uint PageHeight = 16838;
    public const int MarginTop = 2098;
    public const int MarginBottom = 1984;
    public const uint MarginLeft = 1588;
    public const uint MarginRight = 1474;
    public const uint HeaderDistance = 851;
    public const uint FooterDistance = 1417;

    /// <summary>Exact line spacing of 28.95 pt: 22 lines in the 225 mm text area.</summary>
    public const int LinePitch = 579;

    /// <summary>−0.25 pt per character, so that 28 characters fit one line in LibreOffice.</summary>
    public const int CharacterSpacing = -5;

    public const int TitleSize = 44;
    public const int BodySize = 32;

    /// <summary><see cref="BodySize"/> as an attribute value.</summary>
    public const string BodySizeValue = "32";
    public const int PageNumberSize = 28;

    /// <summary>One body character (16 pt) in twips.</summary>
    public const int BodyCharTwips = 320;

    /// <summary>One page-number character (14 pt) in twips.</summary>
    public const int PageNumberCharTwips = 280;
}
