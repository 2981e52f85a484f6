using ReportBot.Telegram.Tests.EndToEnd;

namespace ReportBot.Telegram.Tests.Operations;

/// <summary>Per-user limits: message rate, drafts per hour, stored size. Each is said in Chinese when hit.</summary>
public sealed class LimitTests : IAsyncLifetime
{
    private RunningBot _bot = null!;

    public async Task InitializeAsync() => _bot = await RunningBot.StartAsync(settings: new Dictionary<string, string?>
    {
        ["Limits:MessagesPerWindow"] = "16",
        ["Limits:WindowSeconds"] = "3600",
        ["Limits:DraftsPerHour"] = "2",
        ["Limits:MaxSessionKilobytes"] = "16",
    });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private static int Count(IEnumerable<ReportBot.FakeBotApi.SentMessage> messages, string text) =>
        messages.Count(m => m.Text?.Contains(text, StringComparison.Ordinal) == true);

    [Fact]
    public async Task A_flooding_user_is_told_once_to_slow_down_and_nobody_else_is_slowed()
    {
        const long flooder = 8001, other = 8002;
        for (var i = 0; i < 30; i++)
        {
            _bot.Server.SendText(flooder, "/help");
        }

        for (var i = 0; i < 5; i++)
        {
            _bot.Server.SendText(other, "/help");
        }

        await _bot.IdleAsync();
        var flooded = _bot.Server.Messages(flooder);
        var perHelp = _bot.Server.Messages(other).Count / 5;
        Assert.Equal(1, Count(flooded, "您发送得太快了"));
        Assert.Equal((16 * perHelp) + 1, flooded.Count);
        Assert.Equal(0, Count(_bot.Server.Messages(other), "您发送得太快了"));
        Assert.Equal(5 * perHelp, _bot.Server.Messages(other).Count);
        Assert.Contains(_bot.Logs.Lines, l => l.Contains("User 8001 is over the rate limit", StringComparison.Ordinal));
        Assert.Empty(await _bot.Store.PendingInboxAsync(null, 10, CancellationToken.None));
    }

    [Fact]
    public async Task Drafts_beyond_the_hourly_limit_are_refused_with_a_notice()
    {
        const long chat = 8003;
        await _bot.SayAsync(chat, "/start");
        await _bot.PressAsync(chat, "意识形态工作总结");
        await _bot.SayAsync(chat, "/draft");
        await _bot.SayAsync(chat, "/draft");
        var third = await _bot.SayAsync(chat, "/draft");
        Assert.Equal(2, _bot.Server.Messages(chat).Count(m => m.IsDocument));
        Assert.DoesNotContain(third, m => m.IsDocument);
        Assert.Contains("每小时最多生成 2 次草稿", RunningBot.Texts(third), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_turn_that_would_grow_the_stored_session_past_the_cap_is_refused_and_the_old_session_kept()
    {
        const long chat = 8004;
        await _bot.SayAsync(chat, "/start");
        await _bot.PressAsync(chat, "意识形态工作总结");
        await _bot.SayAsync(chat, "2020年上半年");
        await _bot.AnswerUnitAndDutyAsync(chat);
        // Items within the engine's own item limits, ten to a message, so the session grows toward the cap.
        var item = string.Join("\n", Enumerable.Range(1, 10).Select(n => n + string.Concat(Enumerable.Repeat("组织开展理论学习。", 25))));
        IReadOnlyList<ReportBot.FakeBotApi.SentMessage> reply = [];
        var kept = 0;
        for (var i = 0; i < 6 && !RunningBot.Texts(reply).Contains("已达到上限", StringComparison.Ordinal); i++)
        {
            kept = _bot.Session(chat)!.Interview?.Collecting?.Items.Count ?? 0;
            reply = await _bot.SayAsync(chat, $"第{i}项：{item}");
        }

        Assert.Contains("已达到上限（约 16 KB）", RunningBot.Texts(reply), StringComparison.Ordinal);
        Assert.Equal(kept, _bot.Session(chat)!.Interview?.Collecting?.Items.Count ?? 0);
        Assert.Contains("/status", RunningBot.Texts(await _bot.SayAsync(chat, "/help")), StringComparison.Ordinal);
    }
}
