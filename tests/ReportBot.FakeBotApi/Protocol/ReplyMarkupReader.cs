using System.Text;
using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Types.ReplyMarkups;

namespace ReportBot.FakeBotApi.Protocol;

/// <summary>reply_markup as recorded buttons plus the inline keyboard to echo in the returned Message.</summary>
internal sealed record ReplyMarkupInfo(
    IReadOnlyList<IReadOnlyList<InlineButton>> Buttons,
    string? Json,
    InlineKeyboardMarkup? Inline,
    string? Error)
{
    public static readonly ReplyMarkupInfo None = new([], null, null, null);

    public static ReplyMarkupInfo Read(JsonElement? markup)
    {
        if (markup is not { ValueKind: JsonValueKind.Object } element)
        {
            return None;
        }

        var json = element.GetRawText();
        if (!element.TryGetProperty("inline_keyboard", out var keyboard) || keyboard.ValueKind != JsonValueKind.Array)
        {
            return new ReplyMarkupInfo([], json, null, null);
        }

        var rows = new List<IReadOnlyList<InlineButton>>();
        foreach (var row in keyboard.EnumerateArray())
        {
            var buttons = row.EnumerateArray().Select(b => new InlineButton(
                Text(b, "text") ?? "",
                Text(b, "callback_data"),
                Text(b, "url"))).ToList();
            rows.Add(buttons);
        }

        var tooLong = rows.SelectMany(r => r).Any(b => b.CallbackData is { } d && Encoding.UTF8.GetByteCount(d) > 64);
        var empty = keyboard.EnumerateArray().SelectMany(r => r.EnumerateArray()).Any(b => !HasAction(b));
        var error = tooLong ? "BUTTON_DATA_INVALID" : empty ? "can't parse inline keyboard button: InlineKeyboardButton must have exactly one action" : null;
        return new ReplyMarkupInfo(rows, json, element.Deserialize<InlineKeyboardMarkup>(JsonBotAPI.Options), error);
    }

    private static string? Text(JsonElement button, string name) =>
        button.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static bool HasAction(JsonElement button) =>
        button.EnumerateObject().Any(p => p.Name is not ("text" or "style" or "icon_custom_emoji_id"));
}
