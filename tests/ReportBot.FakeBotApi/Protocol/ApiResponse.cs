using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Telegram.Bot;

namespace ReportBot.FakeBotApi.Protocol;

/// <summary>A Bot API answer: 200 {"ok":true,"result":…} or an error status with {"ok":false,…}.</summary>
internal sealed record ApiResponse(int StatusCode, JsonObject Body)
{
    public string? Description => Body["description"]?.GetValue<string>();

    public static ApiResponse Ok(object result) =>
        new(200, new JsonObject
        {
            ["ok"] = true,
            ["result"] = JsonSerializer.SerializeToNode(result, result.GetType(), JsonBotAPI.Options),
        });

    public static ApiResponse Error(int code, string description, int? retryAfter = null)
    {
        var body = new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description };
        if (retryAfter is { } seconds)
        {
            body["parameters"] = new JsonObject { ["retry_after"] = seconds };
        }

        return new ApiResponse(code, body);
    }

    public static ApiResponse BadRequest(string description) => Error(400, "Bad Request: " + description);

    public static ApiResponse NotFound() => Error(404, "Not Found: method not found");

    public Task WriteAsync(HttpResponse response, CancellationToken ct)
    {
        response.StatusCode = StatusCode;
        response.ContentType = "application/json";
        return response.WriteAsync(Body.ToJsonString(), ct);
    }
}
