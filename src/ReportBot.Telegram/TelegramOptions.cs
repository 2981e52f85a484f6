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

    /// <summary><c>Polling</c> (long polling, the default: one process) or <c>Webhook</c> (Telegram posts updates to <see cref="WebhookUrl"/>).</summary>
    public string Mode { get; set; } = "Polling";

    /// <summary>The public URL Telegram posts updates to (the load balancer's when there are several instances); its path is where the bot listens.</summary>
    public string WebhookUrl { get; set; } = string.Empty;

    /// <summary>The secret Telegram sends in <c>X-Telegram-Bot-Api-Secret-Token</c> (1–256 of A–Z, a–z, 0–9, _ and -); from the environment or user-secrets.</summary>
    public string WebhookSecret { get; set; } = string.Empty;

    /// <summary>How many connections Telegram may open to the webhook at once (1–100).</summary>
    public int WebhookMaxConnections { get; set; } = 40;

    /// <summary>True in webhook mode.</summary>
    public bool IsWebhook => string.Equals(Mode, "Webhook", StringComparison.OrdinalIgnoreCase);

    /// <summary>What is wrong with the settings, in words for the operator (never echoing the token), or null.</summary>
    public string? Problem()
    {
        if (!string.Equals(Mode, "Polling", StringComparison.OrdinalIgnoreCase) && !IsWebhook)
        {
            return "Telegram:Mode 应为 Polling 或 Webhook。";
        }

        if (IsWebhook)
        {
            if (!Uri.TryCreate(WebhookUrl, UriKind.Absolute, out var hook) || hook.Scheme is not ("http" or "https"))
            {
                return "Telegram:Mode 为 Webhook 时须将 Telegram:WebhookUrl 设为公开的 https 网址（负载均衡器的地址），例如 https://bot.example.cn/telegram/webhook。";
            }

            if (!SecretPattern().IsMatch(WebhookSecret))
            {
                return "Telegram:Mode 为 Webhook 时须设置 Telegram:WebhookSecret：1 到 256 个字符，只能是字母、数字、_ 和 -（建议用环境变量 Telegram__WebhookSecret 或 user-secrets）。";
            }

            if (WebhookMaxConnections is < 1 or > 100)
            {
                return "Telegram:WebhookMaxConnections 应在 1 到 100 之间。";
            }
        }

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

    /// <summary>Replaces the token and the webhook secret wherever they appear in <paramref name="text"/> (for log lines).</summary>
    public string RedactSecrets(string text) =>
        WebhookSecret.Length == 0 ? Redact(text) : Redact(text).Replace(WebhookSecret, "<secret>", StringComparison.Ordinal);

    /// <summary>The bot's own user id: the number before the colon of the token.</summary>
    public long BotId => long.TryParse(BotToken.Split(':')[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : 0;

    [GeneratedRegex("^[0-9]+:[A-Za-z0-9_-]+$")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretPattern();
}
