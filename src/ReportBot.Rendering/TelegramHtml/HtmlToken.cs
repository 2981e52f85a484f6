namespace ReportBot.Rendering.TelegramHtml;

/// <summary>
/// One piece of Telegram HTML: a tag, or one visible character (a character, a surrogate pair or an entity).
/// </summary>
/// <param name="Raw">The token as written in the HTML.</param>
/// <param name="Text">The visible text (the decoded entity); empty for a tag.</param>
/// <param name="TagName">The tag's name in lower case; null for text.</param>
/// <param name="Closing">Whether the tag is a closing tag.</param>
internal readonly record struct HtmlToken(string Raw, string Text, string? TagName = null, bool Closing = false)
{
    public bool IsTag => TagName is not null;

    public bool IsOpening => IsTag && !Closing;

    public bool IsClosing => IsTag && Closing;

    /// <summary>How many characters Telegram counts for this token (UTF-16 code units, as Telegram does).</summary>
    public int Visible => Text.Length;

    public static HtmlToken Tag(string raw, string name, bool closing) => new(raw, string.Empty, name, closing);

    public static HtmlToken Char(string raw, string text) => new(raw, text);
}
