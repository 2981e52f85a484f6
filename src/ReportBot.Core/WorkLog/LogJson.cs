using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReportBot.Core.WorkLog;

/// <summary>
/// The scorable form of a reading, one JSON line per message:
/// <c>{"text": "…", "slots": [{"slot": "media", "name": "《红旗日报》", "count": 1}, {"slot": "x", "count": 2, "ask": true}]}</c>.
/// Chinese is written as is, not as \u escapes, so the lines stay readable.
/// </summary>
public static class LogJson
{
    private static readonly JsonSerializerOptions Strings = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The JSON line of one message and its entries (an empty list when nothing is reportable).</summary>
    public static string Line(string text, IEnumerable<LogEntry> entries)
    {
        var sb = new StringBuilder();
        sb.Append("{\"text\": ").Append(Quote(text)).Append(", \"slots\": [");
        sb.AppendJoin(", ", entries.Select(Entry));
        return sb.Append("]}").ToString();
    }

    /// <summary>One entry: slot, then name/count, item, value or text, then ask when the bot would ask.</summary>
    public static string Entry(LogEntry entry)
    {
        var fields = new List<string> { $"\"slot\": {Quote(entry.SlotId)}" };
        if (entry.Name is not null)
        {
            fields.Add($"\"name\": {Quote(entry.Name)}");
        }

        if (entry.Count is { } count)
        {
            fields.Add($"\"count\": {count.ToString(CultureInfo.InvariantCulture)}");
        }

        if (entry.Item is not null)
        {
            fields.Add($"\"item\": {Quote(entry.Item)}");
        }

        if (entry.Value is { } value)
        {
            fields.Add($"\"value\": {value.ToString("G29", CultureInfo.InvariantCulture)}");
        }

        if (entry.Text is not null)
        {
            fields.Add($"\"text\": {Quote(entry.Text)}");
        }

        if (entry.Ask)
        {
            fields.Add("\"ask\": true");
        }

        return "{" + string.Join(", ", fields) + "}";
    }

    private static string Quote(string s) => JsonSerializer.Serialize(s, Strings);
}
