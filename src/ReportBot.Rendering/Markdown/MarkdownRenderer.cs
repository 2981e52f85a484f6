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
                o.Append(Bold(runIn.FullText, p.Text));
            }

            o.Append(Escape(p.Text)).Append("\n\n");
        });
    }

    /// <summary>
    /// Bold that CommonMark reads as bold. A closing <c>**</c> after punctuation and before a letter ("实处。**一是")
    /// is not right-flanking, so the asterisks would print as they are: the heading's trailing punctuation goes after
    /// the closing <c>**</c>, or, when what is left still ends in punctuation, the heading is wrapped in &lt;strong&gt;.
    /// </summary>
    private string Bold(string heading, string following)
    {
        var next = following.Length > 0 ? following[0] : ' ';
        if (heading.Length == 0 || !IsPunctuation(heading[^1]) || char.IsWhiteSpace(next) || IsPunctuation(next))
        {
            return "**" + Escape(heading) + "**";
        }

        var body = heading.TrimEnd(heading.Where(IsPunctuation).ToArray());
        return body.Length > 0 && !IsPunctuation(body[^1])
            ? "**" + Escape(body) + "**" + Escape(heading[body.Length..])
            : "<strong>" + Escape(heading) + "</strong>";
    }

    private static bool IsPunctuation(char c) => char.IsPunctuation(c) || char.IsSymbol(c);

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
