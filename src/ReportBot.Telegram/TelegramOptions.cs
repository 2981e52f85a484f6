using System.Text.RegularExpressions;

namespace ReportBot.Telegram;

/// <summary>Settings of section <c>Telegram</c>. The token comes only from the environment or user-secrets.</summary>
public sealed partial class TelegramOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Telegram";

    /// <summary>The bot token from @BotFather (<c>Telegram__BotToken</c> or user-secrets).</summary>
    public string BotToken { get; set; } = string.Empty;

    /// <summary>The Bot API server: Telegram's, a self-hosted one, or a local test server.</summary>
    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";

    /// <summary>How long one getUpdates call waits for updates (kept below the HTTP timeout).</summary>
    public int PollTimeoutSeconds { get; set; } = 25;

    /// <summary>What is wrong with the settings, in words for the operator (never echoing the token), or null.</summary>
    public string? Problem()
    {
        if (string.IsNullOrWhiteSpace(BotToken))
        {
            return "未设置 Telegram 机器人令牌。请设置环境变量 Telegram__BotToken，或运行 dotnet user-secrets set \"Telegram:BotToken\" \"<令牌>\" --project src/ReportBot。";
        }

        if (!TokenPattern().IsMatch(BotToken))
        {
            return "Telegram 机器人令牌格式不正确：应形如“123456789:AA…”（数字、冒号、字母数字）。请检查 Telegram__BotToken 或 user-secrets。";
        }

        if (!Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return $"Telegram:ApiBaseUrl 不是有效的网址：{ApiBaseUrl}";
        }

        return PollTimeoutSeconds is < 0 or > 50 ? "Telegram:PollTimeoutSeconds 应在 0 到 50 之间。" : null;
    }

    /// <summary>Replaces the token wherever it appears in <paramref name="text"/> (for log lines).</summary>
    public string Redact(string text) =>
        BotToken.Length == 0 ? text : text.Replace(BotToken, "<token>", StringComparison.Ordinal);

    [GeneratedRegex("^[0-9]+:[A-Za-z0-9_-]+$")]
    private static partial Regex TokenPattern();
}
