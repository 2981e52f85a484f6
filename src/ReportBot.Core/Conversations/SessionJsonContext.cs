using System.Text.Json;
using System.Text.Json.Serialization;
using ReportBot.Core.Interview;

namespace ReportBot.Core.Conversations;

/// <summary>Serialisation code for the stored session, generated at build time (see <see cref="SessionJson"/>).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(ConversationState))]
internal sealed partial class SessionJsonContext : JsonSerializerContext;
