using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using ReportBot.FakeBotApi.Protocol;
using ReportBot.FakeBotApi.State;

namespace ReportBot.FakeBotApi.Methods;

/// <summary>Turns an HTTP request into a Bot API call: token check, faults, dispatch, request log.</summary>
internal sealed partial class MethodRouter
{
    private readonly FakeBotState _state;
    private readonly Dictionary<string, BotMethod> _methods = new(StringComparer.OrdinalIgnoreCase);

    public MethodRouter(FakeBotState state)
    {
        _state = state;
        new CoreMethods(state).Register(_methods);
        new SendMethods(state).Register(_methods);
        new EditMethods(state).Register(_methods);
    }

    public async Task HandleAsync(HttpContext http, string token, string method)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, _state.ShutdownToken);
        var ct = linked.Token;
        if (ParseBotId(token) is not { } botId || _state.TokenRevoked)
        {
            await Finish(http, method, ApiResponse.Error(401, "Unauthorized"), ct);
            return;
        }

        if (!_methods.TryGetValue(method, out var handler))
        {
            await Finish(http, method, ApiResponse.NotFound(), ct);
            return;
        }

        BotRequest request;
        try
        {
            request = await BotRequest.ReadAsync(http.Request, botId, ct);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or IOException)
        {
            await Finish(http, method, ApiResponse.BadRequest("invalid request body: " + e.Message), ct);
            return;
        }

        switch (_state.Faults.Take(method))
        {
            case FakeFault.DropConnection:
                _state.Recorder.Request(new RequestLogEntry(method, DateTimeOffset.UtcNow, 0, "connection dropped"));
                http.Abort();
                return;
            case FakeFault.Delay delay:
                await Task.Delay(delay.Duration, ct);
                break;
            case FakeFault.TooManyRequests tooMany:
                var seconds = tooMany.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                await Finish(http, method, ApiResponse.Error(429, "Too Many Requests: retry after " + seconds, tooMany.RetryAfterSeconds), ct);
                return;
            case FakeFault.ServerError:
                await Finish(http, method, ApiResponse.Error(500, "Internal Server Error"), ct);
                return;
            case FakeFault.BadRequest bad:
                var text = bad.Description.StartsWith("Bad Request", StringComparison.Ordinal) ? bad.Description : "Bad Request: " + bad.Description;
                await Finish(http, method, ApiResponse.Error(400, text), ct);
                return;
        }

        await Finish(http, method, await handler(request, ct), ct);
    }

    public async Task DownloadAsync(HttpContext http, string token, string path)
    {
        if (ParseBotId(token) is null || _state.Files.ByPath(path) is not { } file)
        {
            await Finish(http, "file", ApiResponse.Error(404, "Not Found"), http.RequestAborted);
            return;
        }

        _state.Recorder.Request(new RequestLogEntry("file", DateTimeOffset.UtcNow, 200, path));
        http.Response.ContentType = "application/octet-stream";
        await http.Response.Body.WriteAsync(file.Bytes, http.RequestAborted);
    }

    private async Task Finish(HttpContext http, string method, ApiResponse response, CancellationToken ct)
    {
        _state.Recorder.Request(new RequestLogEntry(method, DateTimeOffset.UtcNow, response.StatusCode, response.StatusCode == 200 ? null : response.Description));
        await response.WriteAsync(http.Response, http.RequestAborted);
    }

    private static long? ParseBotId(string token) =>
        TokenPattern().Match(token) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"^(\d{1,18}):[A-Za-z0-9_-]+$")]
    private static partial Regex TokenPattern();
}
