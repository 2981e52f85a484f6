using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportBot.Rendering.Docx;

/// <summary>Builds runs and run properties: all four font slots with hint=eastAsia, and the size.</summary>
internal sealed class DocxRuns(DocxOptions options)
{
    public DocxOptions Options => options;

    public RunFonts Fonts(string font) => new()
    {
        Hint = FontTypeHintValues.EastAsia,
        Ascii = options.DigitFont ?? font,
        HighAnsi = options.DigitFont ?? font,
        EastAsia = font,
        ComplexScript = font,
    };

    public RunProperties Properties(string font, int halfPoints) => new(
        Fonts(font),
        new FontSize { Val = Size(halfPoints) },
        new FontSizeComplexScript { Val = Size(halfPoints) });

    /// <summary>A run of literal user text; line breaks become w:br, characters XML cannot hold are dropped.</summary>
    public Run Text(string text, string font, int halfPoints)
    {
        var run = new Run(Properties(font, halfPoints));
        var lines = Clean(text).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }

    private static string Size(int halfPoints) => halfPoints.ToString(CultureInfo.InvariantCulture);

    private static string Clean(string text)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var builder = new StringBuilder(text.Length);
        var changed = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (c is '\t' or '\n' || (c >= ' ' && c != '\uFFFE' && c != '\uFFFF' && !char.IsSurrogate(c)))
            {
                builder.Append(c);
            }
            else
            {
                changed = true;
            }
        }

        return changed ? builder.ToString() : text;
    }
}
