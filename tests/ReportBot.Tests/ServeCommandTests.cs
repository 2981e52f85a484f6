namespace ReportBot.Tests;

public sealed class ServeCommandTests : IDisposable
{
    private readonly CliProcess _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Serve_refuses_to_start_without_a_token_and_says_how_to_set_one()
    {
        var result = await _cli.RunAsync([], new Dictionary<string, string> { ["Telegram__BotToken"] = string.Empty }, "serve");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Telegram__BotToken", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_token_is_refused_without_being_printed()
    {
        var result = await _cli.RunAsync([], new Dictionary<string, string> { ["Telegram__BotToken"] = "not-a-token-secret-xyz" }, "serve");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("格式不正确", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("not-a-token-secret-xyz", result.Error + result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Postgres_without_a_connection_string_is_refused_and_says_which_setting()
    {
        var result = await _cli.RunAsync([], new Dictionary<string, string> { ["Telegram__BotToken"] = "123456:TEST", ["Storage__Provider"] = "Postgres" }, "serve");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Storage:ConnectionString", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_storage_provider_is_refused()
    {
        var result = await _cli.RunAsync([], new Dictionary<string, string> { ["Telegram__BotToken"] = "123456:TEST", ["Storage__Provider"] = "Oracle" }, "serve");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Storage:Provider 应为 Sqlite 或 Postgres", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_postgres_server_stops_with_the_storage_exit_code_and_never_prints_the_password()
    {
        var result = await _cli.RunAsync(
            [],
            new Dictionary<string, string>
            {
                ["Telegram__BotToken"] = "123456:TEST",
                ["Storage__Provider"] = "Postgres",
                ["Storage__ConnectionString"] = "Host=127.0.0.1;Port=1;Username=rb;Password=pw-secret-789;Timeout=2",
            },
            "serve");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("127.0.0.1:1", result.Output + result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("pw-secret-789", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "secret_1", "Telegram:WebhookUrl")]
    [InlineData("https://bot.example.cn/telegram/hook", "", "Telegram:WebhookSecret")]
    [InlineData("https://bot.example.cn/telegram/hook", "has space", "Telegram:WebhookSecret")]
    public async Task Webhook_mode_needs_a_public_url_and_a_well_formed_secret(string url, string secret, string named)
    {
        var result = await _cli.RunAsync(
            [],
            new Dictionary<string, string>
            {
                ["Telegram__BotToken"] = "123456:TEST",
                ["Telegram__Mode"] = "Webhook",
                ["Telegram__WebhookUrl"] = url,
                ["Telegram__WebhookSecret"] = secret,
            },
            "serve");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(named, result.Error, StringComparison.Ordinal);
        if (secret.Length > 0)
        {
            Assert.DoesNotContain(secret, result.Error + result.Output, StringComparison.Ordinal);
        }
    }
}
