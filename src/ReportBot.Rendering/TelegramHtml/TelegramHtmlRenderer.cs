using System.Text;
using ReportBot.Core.Drafting;

namespace ReportBot.Rendering.TelegramHtml;

/// <summary>
/// The draft as Telegram HTML: the title and headings in bold, run-in headings in bold at the start of their
/// paragraph, blocks separated by a blank line, the sign-off at the end. All user text is escaped.
/// </summary>
public sealed class TelegramHtmlRenderer : DraftTextRenderer
{
    /// <summary>What follows the title and every block.</summary>
    internal const string Separator = "\n\n";

    /// <summary>Registers one writer per block type.</summary>
    public TelegramHtmlRenderer()
    {
        Add<DraftHeading>((o, h) => Bold(o, h.FullText).Append(Separator));
        Add<DraftParagraph>((o, p) =>
        {
            if (p.RunIn is { } runIn)
            {
                Bold(o, runIn.FullText);
            }

            o.Append(Escape(p.Text)).Append(Separator);
        });
    }

    /// <inheritdoc/>
    public override string Escape(string text) => TelegramText.Escape(text);

    /// <summary>The title alone, without the separator.</summary>
    internal string RenderTitle(string title) => Bold(new StringBuilder(), title).ToString();

    /// <summary>The sign-off alone.</summary>
    internal string RenderSignOff(DraftSignOff signOff)
    {
        var output = new StringBuilder();
        WriteSignOff(output, signOff);
        return output.ToString();
    }

    /// <inheritdoc/>
    protected override void WriteTitle(StringBuilder output, string title) => Bold(output, title).Append(Separator);

    /// <inheritdoc/>
    protected override void WriteSignOff(StringBuilder output, DraftSignOff signOff) =>
        output.Append(Escape(signOff.Unit)).Append('\n').Append(Escape(signOff.Date));

    private StringBuilder Bold(StringBuilder output, string text) => output.Append("<b>").Append(Escape(text)).Append("</b>");
}
