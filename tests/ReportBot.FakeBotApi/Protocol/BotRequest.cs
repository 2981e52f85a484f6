using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace ReportBot.FakeBotApi.Protocol;

/// <summary>An uploaded file part.</summary>
internal sealed record UploadedFile(string FileName, byte[] Bytes);

/// <summary>Bot API parameters from a JSON body, a (multipart) form or the query string.</summary>
internal sealed class BotRequest
{
    private readonly Dictionary<string, JsonElement> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UploadedFile> _files = new(StringComparer.Ordinal);

    private BotRequest(long botId) => BotId = botId;

    public long BotId { get; }

    public static async Task<BotRequest> ReadAsync(HttpRequest http, long botId, CancellationToken ct)
    {
        var request = new BotRequest(botId);
        foreach (var (key, value) in http.Query)
        {
            request._values[key] = JsonSerializer.SerializeToElement(value.ToString());
        }

        if (http.HasFormContentType)
        {
            var form = await http.ReadFormAsync(ct);
            foreach (var (key, value) in form)
            {
                request._values[key] = JsonSerializer.SerializeToElement(value.ToString());
            }

            foreach (var file in form.Files)
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, ct);
                request._files[file.Name] = new UploadedFile(file.FileName, buffer.ToArray());
            }
        }
        else if (http.ContentLength is > 0 || http.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            using var doc = await JsonDocument.ParseAsync(http.Body, cancellationToken: ct);
            if (doc.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in doc.RootElement.EnumerateObject())
                {
                    request._values[property.Name] = property.Value.Clone();
                }
            }
        }

        return request;
    }

    public string? GetString(string name)
    {
        if (!_values.TryGetValue(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => value.GetRawText(),
        };
    }

    public long? GetLong(string name) =>
        long.TryParse(GetString(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    public bool GetBool(string name) => string.Equals(GetString(name), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>An object/array parameter; in forms it arrives as a JSON string and is parsed.</summary>
    public JsonElement? GetJson(string name)
    {
        if (!_values.TryGetValue(name, out var value))
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
        {
            return value;
        }

        if (value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
        {
            try
            {
                using var doc = JsonDocument.Parse(text);
                return doc.RootElement.Clone();
            }
            catch (JsonException)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The uploaded file for a parameter: "attach://name" or a file part with the parameter's name.</summary>
    public UploadedFile? GetFile(string name)
    {
        var value = GetString(name);
        if (value is not null && value.StartsWith("attach://", StringComparison.Ordinal))
        {
            return _files.GetValueOrDefault(value["attach://".Length..]);
        }

        return _files.GetValueOrDefault(name);
    }
}
