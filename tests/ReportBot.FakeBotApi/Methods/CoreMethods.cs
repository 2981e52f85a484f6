using System.Text.Json;
using ReportBot.FakeBotApi.Protocol;
using ReportBot.FakeBotApi.State;
using Telegram.Bot.Types;

namespace ReportBot.FakeBotApi.Methods;

/// <summary>getMe, getUpdates, webhook, commands, callback answers, chat actions, getFile.</summary>
internal sealed class CoreMethods(FakeBotState state)
{
    private static readonly TimeSpan MaxPoll = TimeSpan.FromSeconds(50);

    public void Register(IDictionary<string, BotMethod> map)
    {
        map["getMe"] = (r, _) => Done(ApiResponse.Ok(Actors.Bot(r.BotId)));
        map["getUpdates"] = GetUpdatesAsync;
        map["deleteWebhook"] = (_, _) =>
        {
            state.Webhook.Delete();
            return Done(ApiResponse.Ok(true));
        };
        map["setWebhook"] = SetWebhook;
        map["getWebhookInfo"] = (_, _) => Done(ApiResponse.Ok(new WebhookInfo
        {
            Url = state.Webhook.Url,
            PendingUpdateCount = state.Updates.PendingCount,
            MaxConnections = state.Webhook.MaxConnections,
        }));
        map["setMyCommands"] = SetMyCommands;
        map["getMyCommands"] = (_, _) => Done(ApiResponse.Ok(LatestCommands()));
        map["deleteMyCommands"] = (_, _) => Done(Record([], null, null));
        map["answerCallbackQuery"] = AnswerCallbackQuery;
        map["sendChatAction"] = SendChatAction;
        map["getFile"] = GetFile;
    }

    private Task<ApiResponse> SetWebhook(BotRequest r, CancellationToken ct)
    {
        var url = r.GetString("url") ?? string.Empty;
        if (url.Length == 0)
        {
            state.Webhook.Delete();
            return Done(ApiResponse.Ok(true));
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            return Done(ApiResponse.BadRequest("bad webhook: An HTTPS URL must be provided for webhook"));
        }

        var secret = r.GetString("secret_token") ?? string.Empty;
        if (secret.Length > 256 || secret.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '_' or '-')))
        {
            return Done(ApiResponse.BadRequest("secret token contains unallowed characters"));
        }

        var allowed = r.GetJson("allowed_updates") is { ValueKind: JsonValueKind.Array } list
            ? list.EnumerateArray().Select(e => e.GetString() ?? "").ToList()
            : [];
        state.Webhook.Set(url, secret, allowed, (int)(r.GetLong("max_connections") ?? 40));
        return Done(ApiResponse.Ok(true));
    }

    private async Task<ApiResponse> GetUpdatesAsync(BotRequest r, CancellationToken ct)
    {
        if (state.Webhook.Url.Length > 0)
        {
            return ApiResponse.Error(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
        }

        var timeout = TimeSpan.FromSeconds(Math.Max(0, r.GetLong("timeout") ?? 0));
        var allowed = r.GetJson("allowed_updates") is { ValueKind: JsonValueKind.Array } list
            ? list.EnumerateArray().Select(e => e.GetString() ?? "").ToList()
            : null;
        var updates = await state.Updates.GetAsync(
            r.GetLong("offset") ?? 0,
            (int)(r.GetLong("limit") ?? 100),
            timeout > MaxPoll ? MaxPoll : timeout,
            allowed,
            ct);
        return ApiResponse.Ok(updates);
    }

    private Task<ApiResponse> SetMyCommands(BotRequest r, CancellationToken ct)
    {
        if (r.GetJson("commands") is not { ValueKind: JsonValueKind.Array } list)
        {
            return Done(ApiResponse.BadRequest("parameter \"commands\" is required"));
        }

        var commands = list.EnumerateArray()
            .Select(c => new BotCommandInfo(c.GetProperty("command").GetString() ?? "", c.GetProperty("description").GetString() ?? ""))
            .ToList();
        var bad = commands.FirstOrDefault(c => c.Command.Length is 0 or > 32 || c.Command.Any(ch => !(char.IsAsciiLetterLower(ch) || char.IsAsciiDigit(ch) || ch == '_')));
        if (bad is not null)
        {
            return Done(ApiResponse.BadRequest("BOT_COMMAND_INVALID"));
        }

        return Done(Record(commands, r.GetJson("scope")?.GetRawText(), r.GetString("language_code")));
    }

    private ApiResponse Record(IReadOnlyList<BotCommandInfo> commands, string? scope, string? language)
    {
        state.Recorder.Commands(new CommandsSet(commands, scope, language, DateTimeOffset.UtcNow));
        return ApiResponse.Ok(true);
    }

    private BotCommand[] LatestCommands()
    {
        var sets = state.Recorder.CommandSets;
        return sets.Count == 0
            ? []
            : [.. sets[^1].Commands.Select(c => new BotCommand { Command = c.Command, Description = c.Description })];
    }

    private Task<ApiResponse> AnswerCallbackQuery(BotRequest r, CancellationToken ct)
    {
        if (r.GetString("callback_query_id") is not { Length: > 0 } id)
        {
            return Done(ApiResponse.BadRequest("query is too old and response timeout expired or query ID is invalid"));
        }

        state.Recorder.Answer(new CallbackAnswer(id, r.GetString("text"), r.GetBool("show_alert"), r.GetString("url"), DateTimeOffset.UtcNow));
        return Done(ApiResponse.Ok(true));
    }

    private Task<ApiResponse> SendChatAction(BotRequest r, CancellationToken ct)
    {
        if (r.GetLong("chat_id") is not { } chatId)
        {
            return Done(ApiResponse.BadRequest("chat not found"));
        }

        state.Recorder.Action(new ChatActionSent(chatId, r.GetString("action") ?? "", DateTimeOffset.UtcNow));
        return Done(ApiResponse.Ok(true));
    }

    private Task<ApiResponse> GetFile(BotRequest r, CancellationToken ct)
    {
        if (state.Files.ById(r.GetString("file_id") ?? "") is not { } file)
        {
            return Done(ApiResponse.BadRequest("invalid file_id"));
        }

        return Done(ApiResponse.Ok(new TGFile
        {
            FileId = file.FileId,
            FileUniqueId = file.FileUniqueId,
            FileSize = file.Bytes.Length,
            FilePath = file.FilePath,
        }));
    }

    private static Task<ApiResponse> Done(ApiResponse response) => Task.FromResult(response);
}
