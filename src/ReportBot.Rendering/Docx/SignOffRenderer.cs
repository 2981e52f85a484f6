using ReportBot.Core.Drafting;

namespace ReportBot.Rendering.Docx;

/// <summary>The sign-off: one blank line, the unit's name, the date on the next line (see <see cref="SignOffLayout"/>).</summary>
internal static class SignOffRenderer
{
    public static void Write(DocxWriter writer, DraftSignOff signOff)
    {
        var layout = SignOffLayout.For(signOff.Unit, signOff.Date);
        writer.Append(ParagraphFormats.BlankLine(writer.Runs));
        writer.Append(
            ParagraphFormats.RightIndented(layout.UnitRightHalfChars),
            writer.Body(signOff.Unit, writer.Options.BodyFont));
        writer.Append(
            ParagraphFormats.RightIndented(layout.DateRightHalfChars),
            writer.Body(signOff.Date, writer.Options.BodyFont));
    }
}
