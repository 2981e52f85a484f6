using System.Text.Json;
using System.Text.Json.Serialization;
using ReportBot.Core.Conversations;

namespace ReportBot.Telegram.Sending;

/// <summary>One Bot API call waiting in the outbox: a message, a document, or a callback answer.</summary>
/// <param name="Kind">message, document or callback.</param>
/// <param name="ChatId">The chat (message, document).</param>
/// <param name="Text">HTML text, the document's caption, or the callback notice.</param>
/// <param name="Buttons">Inline keyboard rows: (label, callback data).</param>
/// <param name="FileName">The document's file name.</param>
/// <param name="FileBytes">The document's content (in payloads: only in rows written before documents had a table of their own).</param>
/// <param name="CallbackQueryId">The callback query to answer.</param>
public sealed record OutgoingMessage(
    string Kind,
    long ChatId,
    string? Text,
    IReadOnlyList<IReadOnlyList<(string Label, string Data)>>? Buttons = null,
    string? FileName = null,
    byte[]? FileBytes = null,
    string? CallbackQueryId = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { IncludeFields = true };

    /// <summary>A text message in Telegram HTML.</summary>
    public static OutgoingMessage Html(long chatId, string html, IReadOnlyList<IReadOnlyList<(string, string)>>? buttons = null) =>
        new("message", chatId, html, buttons);

    /// <summary>A file with a caption.</summary>
    public static OutgoingMessage Document(long chatId, string fileName, byte[] bytes, string caption) =>
        new("document", chatId, caption, FileName: fileName, FileBytes: bytes);

    /// <summary>The answer to a button press (stops the button's spinner).</summary>
    public static OutgoingMessage Callback(long chatId, string callbackQueryId) =>
        new("callback", chatId, null, CallbackQueryId: callbackQueryId);

    /// <summary>The outbox entry for this call: a document's bytes go to the store's document table, not into the payload.</summary>
    public OutboxEntry ToOutboxEntry() =>
        Kind == "document" && FileBytes is { } bytes
            ? new OutboxEntry(Channel, (this with { FileBytes = null }).ToJson(), new StoredDocument(FileName ?? "draft.docx", bytes))
            : new OutboxEntry(Channel, ToJson());

    /// <summary>The outbox channel: the chat, so each chat's replies leave in order.</summary>
    [JsonIgnore]
    public string Channel => ChatId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The outbox payload.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads an outbox payload.</summary>
    public static OutgoingMessage FromJson(string json) => JsonSerializer.Deserialize<OutgoingMessage>(json, Json)!;
}
