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
}
