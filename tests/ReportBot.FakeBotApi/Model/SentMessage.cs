namespace ReportBot.FakeBotApi;

/// <summary>An inline keyboard button as the bot sent it.</summary>
public sealed record InlineButton(string Text, string? CallbackData, string? Url = null);

/// <summary>A file the bot uploaded.</summary>
public sealed record SentDocument(string FileName, byte[] Bytes);

/// <summary>The state of a message before an edit replaced it.</summary>
public sealed record MessageEdit(
    string? Text,
    string? ParseMode,
    IReadOnlyList<IReadOnlyList<InlineButton>> Buttons,
    DateTimeOffset ReplacedAt);

/// <summary>A message the bot delivered, in its current state; <see cref="Edits"/> holds earlier states, oldest first.</summary>
public sealed record SentMessage(
    long ChatId,
    long MessageId,
    string Method,
    string? Text,
    string? ParseMode,
    IReadOnlyList<IReadOnlyList<InlineButton>> Buttons,
    string? ReplyMarkupJson,
    SentDocument? Document,
    long? ReplyToMessageId,
    DateTimeOffset SentAt,
    IReadOnlyList<MessageEdit> Edits,
    bool IsDeleted)
{
    public bool IsDocument => Document is not null;

    public IEnumerable<InlineButton> AllButtons => Buttons.SelectMany(row => row);

    public InlineButton? FindButton(string label) =>
        AllButtons.FirstOrDefault(b => string.Equals(b.Text, label, StringComparison.Ordinal));

    public override string ToString()
    {
        var body = Document is { } d ? $"📎 {d.FileName} ({d.Bytes.Length} bytes) {Text}" : Text;
        var buttons = string.Join(" ", AllButtons.Select(b => $"[{b.Text}]"));
        var flags = (Edits.Count > 0 ? $" (edited {Edits.Count}x)" : "") + (IsDeleted ? " (deleted)" : "");
        return $"#{MessageId} {body} {buttons}{flags}".TrimEnd();
    }
}
