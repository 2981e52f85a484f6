using System.Text.Json;
using ReportBot.Core.Interview;

namespace ReportBot.Telegram.Receiving;

/// <summary>What a Telegram update means for the interview, as stored in the inbox.</summary>
/// <param name="ChatId">Where replies go.</param>
/// <param name="Kind">text, choice, unsupported or edited.</param>
/// <param name="Text">The text, the callback data, or what kind of message it was (贴纸…).</param>
/// <param name="CallbackQueryId">The callback query to answer, for button presses.</param>
public sealed record InboundMessage(long ChatId, string Kind, string Text, string? CallbackQueryId = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The sender's Telegram user id (0 in payloads stored before it was recorded).</summary>
    public long UserId { get; init; }

    /// <summary>The sender's display name (first and last name), for naming whose interview a group reply is about.</summary>
    public string? UserName { get; init; }

    /// <summary>True in groups and supergroups, where several members talk to the bot in one chat.</summary>
    public bool Group { get; init; }

    /// <summary>Sent as an anonymous group admin or on behalf of a channel: the sender cannot be told apart.</summary>
    public bool Anonymous { get; init; }

    /// <summary>When the user sent it (Telegram's date), if known.</summary>
    public DateTimeOffset? SentAt { get; init; }

    /// <summary>For a forwarded message: when it was first sent (the work log dates the entry by it).</summary>
    public DateTimeOffset? ForwardedFrom { get; init; }

    /// <summary>The engine input.</summary>
    public UserInput ToInput() => Kind switch
    {
        "text" => new TextInput(Text) { ForwardedFrom = ForwardedFrom },
        "choice" => new ChoiceInput(Text),
        "edited" => new EditedMessageInput(),
        _ => new UnsupportedInput(Text),
    };

    /// <summary>The inbox payload.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads an inbox payload.</summary>
    public static InboundMessage FromJson(string json) =>
        JsonSerializer.Deserialize<InboundMessage>(json, Json) ?? throw new JsonException("The inbox payload is empty.");
}
