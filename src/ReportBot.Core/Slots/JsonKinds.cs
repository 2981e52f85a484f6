using System.Text.Json;

namespace ReportBot.Core.Slots;

/// <summary>Names of JSON value kinds for messages about answers files.</summary>
internal static class JsonKinds
{
    public static string Name(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "对象",
        JsonValueKind.Array => "数组",
        JsonValueKind.String => "文字",
        JsonValueKind.Number => "数字",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        _ => "空值",
    };
}
