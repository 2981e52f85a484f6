using ReportBot.Core.Conversations;
using ReportBot.Telegram.Processing;
using ReportBot.Telegram.Tests.EndToEnd;

namespace ReportBot.Telegram.Tests.Operations;

/// <summary>An update whose turn throws is logged, retried a bounded number of times, then dead-lettered: the chat goes on.</summary>
public sealed class PoisonTests : IAsyncLifetime
{
    private const long Chat = 7001;
    private RunningBot _bot = null!;

    public async Task InitializeAsync() => _bot = await RunningBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private async Task OpenAsync()
    {
        await _bot.SayAsync(Chat, "/start");
        await _bot.PressAsync(Chat, "意识形态工作总结");
    }

    /// <summary>Button data "{step}|verb": forged presses carry the current step, so they reach the engine's verb handling.</summary>
    [Theory]
    [InlineData("{step}|opt:99999999999")]
    [InlineData("{step}|hist:99999999999")]
    [InlineData("0|hist:99999999999")]
    [InlineData("x|y")]
    [InlineData("99999999999999999999|opt:1")]
    [InlineData("{step}|mode:99")]
    [InlineData("{step}|sec:99999999999")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123456789")]
    public async Task A_forged_button_press_does_not_block_the_conversation(string data)
    {
        await OpenAsync();
        var last = _bot.Server.Messages(Chat).Last(m => m.AllButtons.Any());
        var step = last.AllButtons.First().CallbackData!.Split('|')[0];
        _bot.Server.PressButton(Chat, last.MessageId, data.Replace("{step}", step, StringComparison.Ordinal));
        await _bot.IdleAsync();

        var status = await _bot.SayAsync(Chat, "/status");
        Assert.NotEmpty(status);
        Assert.Contains("意识形态工作总结", RunningBot.Texts(status), StringComparison.Ordinal);
        Assert.Empty(await _bot.Store.PendingInboxAsync(null, 10, CancellationToken.None));
        Assert.Empty(_bot.Server.UnansweredCallbackQueries);
        Assert.DoesNotContain(_bot.Logs.Lines, l => l.Contains(_bot.Server.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_update_that_keeps_failing_is_marked_failed_after_three_attempts_and_the_chat_goes_on()
    {
        await OpenAsync();
        await _bot.Store.AddToInboxAsync([new InboxItem(999_999, $"tg:{Chat}", "{not json") { Fingerprint = "poison" }], CancellationToken.None);
        var status = await _bot.SayAsync(Chat, "/status");

        var texts = RunningBot.Texts(_bot.Server.Messages(Chat));
        Assert.Contains("这条消息没能处理", texts, StringComparison.Ordinal);
        Assert.Contains("编号 999999", texts, StringComparison.Ordinal);
        Assert.Contains("意识形态工作总结", RunningBot.Texts(status), StringComparison.Ordinal);
        var attempts = _bot.Logs.Lines.Where(l => l.Contains("Update 999999 could not be applied", StringComparison.Ordinal)).ToList();
        Assert.Equal(TurnProcessor.MaxAttempts, attempts.Count);
        Assert.All(attempts, l => Assert.Contains("JsonException", l, StringComparison.Ordinal));
        Assert.Contains(_bot.Logs.Lines, l => l.Contains("Update 999999 marked failed after 3 attempts", StringComparison.Ordinal));
        Assert.Empty(await _bot.Store.PendingInboxAsync(null, 10, CancellationToken.None));
        Assert.Equal(0, _bot.ExitCode);
    }
}
