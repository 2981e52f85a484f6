namespace ReportBot.Rendering.TelegramHtml;

/// <summary>Plain text as Telegram HTML: escaping, question messages and splitting long messages.</summary>
public static class TelegramText
{
    /// <summary>The characters that end a sentence, where a long line may be cut.</summary>
    internal const string SentenceEnds = "。；！？";

    /// <summary>Escapes the three characters Telegram HTML reads as markup (<c>&amp;</c> first).</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>A question message: the context in bold on its own line, then the text (both escaped).</summary>
    public static string Message(string? context, string text) =>
        context is null ? Escape(text) : $"<b>{Escape(context)}</b>\n{Escape(text)}";

    /// <summary>
    /// Splits a Telegram HTML message into messages of at most <paramref name="limit"/> visible characters, at line
    /// boundaries (the newline is dropped), else at sentence ends, else anywhere; tags stay balanced in each part.
    /// </summary>
    public static IReadOnlyList<string> SplitPlain(string html, int limit = TelegramMessageSplitter.MessageLimit) =>
        HtmlCutter.Cut(html, limit, minFill: 0, "\n", SentenceEnds);
}
