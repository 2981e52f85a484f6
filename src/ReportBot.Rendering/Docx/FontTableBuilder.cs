using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportBot.Rendering.Docx;

/// <summary>The font table: every font used, with altName for the _GB2312 fonts (Windows has 仿宋/楷体).</summary>
internal static class FontTableBuilder
{
    public static void AddTo(MainDocumentPart main, DocxOptions options)
    {
        var part = main.AddNewPart<FontTablePart>();
        var fonts = new Fonts();
        foreach (var name in UsedFonts(options))
        {
            fonts.Append(Font(name, options));
        }

        part.Fonts = fonts;
    }

    private static IEnumerable<string> UsedFonts(DocxOptions options)
    {
        string?[] names =
        [
            options.BodyFont, options.TitleFont, options.Level1Font, options.Level2Font,
            options.PageNumberFont, options.DigitFont,
        ];
        return names.OfType<string>().Distinct(StringComparer.Ordinal);
    }

    private static Font Font(string name, DocxOptions options)
    {
        var font = new Font { Name = name };
        if (options.AltNames.TryGetValue(name, out var altName))
        {
            font.Append(new AltName { Val = altName });
        }

        var eastAsian = name.Any(c => c > '\u007F');
        font.Append(
            new FontCharSet { Val = eastAsian ? "86" : "00" },
            new FontFamily { Val = eastAsian ? FontFamilyValues.Modern : FontFamilyValues.Roman },
            new Pitch { Val = eastAsian ? FontPitchValues.Fixed : FontPitchValues.Variable });
        return font;
    }
}
