using ReportBot.Core.Drafting;

namespace ReportBot.Rendering.TelegramHtml;

/// <summary>
/// Renders a draft as Telegram messages of at most a given number of visible characters (Telegram counts after
/// entity parsing). Messages end at block boundaries; the title and every heading stay with the block that follows.
/// A block too long for one message is cut at the last line or sentence end in the second half of the message, else
/// hard, with its tags balanced in every part.
/// </summary>
public static class TelegramMessageSplitter
{
    /// <summary>Telegram's limit for a message's text.</summary>
    public const int MessageLimit = 4096;

    private const string Breaks = "\n" + TelegramText.SentenceEnds;

    /// <summary>Renders <paramref name="draft"/> into messages of at most <paramref name="limit"/> visible characters.</summary>
    public static IReadOnlyList<string> Split(Draft draft, TelegramHtmlRenderer renderer, int limit = MessageLimit)
    {
        var messages = new List<string>();
        string? current = null;
        var currentLength = 0;
        foreach (var unit in Units(draft, renderer))
        {
            var length = VisibleLength(unit);
            if (current is not null && currentLength + TelegramHtmlRenderer.Separator.Length + length <= limit)
            {
                current += TelegramHtmlRenderer.Separator + unit;
                currentLength += TelegramHtmlRenderer.Separator.Length + length;
                continue;
            }

            if (current is not null)
            {
                messages.Add(current);
            }

            (current, currentLength) = (unit, length);
            if (length > limit)
            {
                var pieces = HtmlCutter.Cut(unit, limit, minFill: limit / 2, Breaks);
                messages.AddRange(pieces.Take(pieces.Count - 1));
                (current, currentLength) = (pieces[^1], VisibleLength(pieces[^1]));
            }
        }

        if (current is not null)
        {
            messages.Add(current);
        }

        return messages;
    }

    /// <summary>The length Telegram counts: tags removed, entities decoded (<c>&amp;lt;</c> is one character).</summary>
    public static int VisibleLength(string html) => HtmlTokenizer.Tokenize(html).Sum(t => t.Visible);

    /// <summary>The title, the blocks and the sign-off, each heading joined to the block after it.</summary>
    private static List<string> Units(Draft draft, TelegramHtmlRenderer renderer)
    {
        var units = new List<string> { renderer.RenderTitle(draft.Title) };
        var joinNext = true;
        foreach (var block in draft.Blocks)
        {
            var html = renderer.Render(block)[..^TelegramHtmlRenderer.Separator.Length];
            if (joinNext)
            {
                units[^1] += TelegramHtmlRenderer.Separator + html;
            }
            else
            {
                units.Add(html);
            }

            joinNext = block is DraftHeading;
        }

        if (draft.SignOff is { } signOff)
        {
            units.Add(renderer.RenderSignOff(signOff));
        }

        return units;
    }
}
