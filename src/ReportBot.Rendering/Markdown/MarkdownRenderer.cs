using System.Text;
using ReportBot.Core.Drafting;

namespace ReportBot.Rendering.Markdown;

/// <summary>
/// The draft as Markdown: the title as <c>#</c>, level-1 headings as <c>##</c>, run-in headings in bold. Every
/// character the user typed that Markdown would read as markup is escaped.
/// </summary>
public sealed class MarkdownRenderer : DraftTextRenderer
{
    private const string Special = "\\`*_{}[]<>#+-!|~()";

    /// <summary>Registers one writer per block type.</summary>
    public MarkdownRenderer()
    {
        Add<DraftHeading>((o, h) => o.Append(new string('#', h.Level + 1)).Append(' ').Append(Escape(h.FullText)).Append("\n\n"));
        Add<DraftParagraph>((o, p) =>
        {
            if (p.RunIn is { } runIn)
            {
                o.Append("**").Append(Escape(runIn.FullText)).Append("**");
            }

            o.Append(Escape(p.Text)).Append("\n\n");
        });
    }

    /// <inheritdoc/>
    public override string Escape(string text)
    {
        var output = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                output.Append('\\');
            }

            output.Append(c);
        }

        return output.ToString();
    }

    /// <inheritdoc/>
    protected override void WriteTitle(StringBuilder output, string title) => output.Append("# ").Append(Escape(title)).Append("\n\n");

    /// <inheritdoc/>
    protected override void WriteSignOff(StringBuilder output, DraftSignOff signOff) =>
        output.Append("<div align=\"right\">\n\n").Append(Escape(signOff.Unit)).Append("  \n").Append(Escape(signOff.Date)).Append("\n\n</div>\n");
}
