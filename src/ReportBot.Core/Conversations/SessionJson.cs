using System.Text.Json;
using System.Text.Json.Serialization;
using ReportBot.Core.Interview;

namespace ReportBot.Core.Conversations;

/// <summary>The stored form of a session: JSON, enums by name, so stores stay independent of the record's layout.</summary>
public static class SessionJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Serialises a session.</summary>
    public static string Serialize(InterviewSession session) => JsonSerializer.Serialize(session, Options);

    /// <summary>Reads a stored session.</summary>
    public static InterviewSession Deserialize(string json) =>
        JsonSerializer.Deserialize<InterviewSession>(json, Options) ?? throw new JsonException("Empty session.");
}
