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

    /// <summary>The engine input.</summary>
    public UserInput ToInput() => Kind switch
    {
        "text" => new TextInput(Text),
        "choice" => new ChoiceInput(Text),
        "edited" => new EditedMessageInput(),
        _ => new UnsupportedInput(Text),
    };

    /// <summary>The inbox payload.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads an inbox payload.</summary>
    public static InboundMessage FromJson(string json) => JsonSerializer.Deserialize<InboundMessage>(json, Json)!;
}
