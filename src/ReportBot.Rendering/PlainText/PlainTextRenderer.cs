using System.Text;
using ReportBot.Core.Drafting;

namespace ReportBot.Rendering.PlainText;

/// <summary>The draft as plain text: one paragraph per line, as it would be pasted into a document.</summary>
public sealed class PlainTextRenderer : DraftTextRenderer
{
    /// <summary>Registers one writer per block type.</summary>
    public PlainTextRenderer()
    {
        Add<DraftHeading>((o, h) => o.Append(h.FullText).Append('\n'));
        Add<DraftParagraph>((o, p) => o.Append(p.FullText).Append('\n'));
    }

    /// <inheritdoc/>
    public override string Escape(string text) => text;

    /// <inheritdoc/>
    protected override void WriteTitle(StringBuilder output, string title) => output.Append(title).Append("\n\n");

    /// <inheritdoc/>
    protected override void WriteSignOff(StringBuilder output, DraftSignOff signOff) =>
        output.Append('\n').Append(signOff.Unit).Append('\n').Append(signOff.Date).Append('\n');
}
