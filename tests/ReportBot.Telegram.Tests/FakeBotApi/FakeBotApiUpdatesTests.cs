using System.Diagnostics;
using ReportBot.FakeBotApi;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace ReportBot.Telegram.Tests.FakeBotApi;

public sealed class FakeBotApiUpdatesTests : FakeBotApiTestBase
{
    [Fact]
    public async Task GetMe_returns_the_bot_and_server_listens_on_loopback_only()
    {
        var me = await Bot.GetMe(Timeout());

        Assert.True(me.IsBot);
        Assert.Equal(123456, me.Id);
        Assert.Equal("127.0.0.1", Server.BaseUrl.Host);
        Assert.NotEqual(0, Server.BaseUrl.Port);
    }

    [Fact]
    public async Task GetUpdates_offset_confirms_earlier_updates()
    {
        var first = Server.SendText(1001, "hello");
        var second = Server.SendText(1001, "world");

        var all = await Bot.GetUpdates(offset: 0, timeout: 0, cancellationToken: Timeout());
        var rest = await Bot.GetUpdates(offset: (int)first + 1, timeout: 0, cancellationToken: Timeout());
        var none = await Bot.GetUpdates(offset: (int)second + 1, timeout: 0, cancellationToken: Timeout());

        Assert.Equal([first, second], all.Select(u => (long)u.Id));
        Assert.Equal("hello", all[0].Message?.Text);
        Assert.Equal(ChatType.Private, all[0].Message?.Chat.Type);
        Assert.Equal(1001, all[0].Message?.From?.Id);
        Assert.Equal([second], rest.Select(u => (long)u.Id));
        Assert.Empty(none);
        Assert.Equal(0, Server.PendingUpdateCount);
    }

    [Fact]
    public async Task GetUpdates_limit_and_allowed_updates_are_honoured()
    {
        Server.SendText(1001, "a");
        Server.SendText(1001, "b");

        var limited = await Bot.GetUpdates(limit: 1, timeout: 0, allowedUpdates: [UpdateType.Message, UpdateType.CallbackQuery], cancellationToken: Timeout());

        Assert.Single(limited);
        Assert.Equal(["message", "callback_query"], Server.AllowedUpdates);
    }

    [Fact]
    public async Task Long_poll_returns_as_soon_as_an_update_arrives()
    {
        var watch = Stopwatch.StartNew();
        var poll = Bot.GetUpdates(timeout: 8, cancellationToken: Timeout(15));
        await Task.Delay(300);
        Assert.False(poll.IsCompleted);

        Server.SendText(1001, "wake up");
        var updates = await poll.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal("wake up", Assert.Single(updates).Message?.Text);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task Long_poll_without_updates_returns_empty_after_timeout()
    {
        var watch = Stopwatch.StartNew();
        var updates = await Bot.GetUpdates(timeout: 1, cancellationToken: Timeout());

        Assert.Empty(updates);
        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(900), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Held_long_poll_ends_promptly_when_the_server_stops()
    {
        var poll = Bot.GetUpdates(timeout: 30, cancellationToken: Timeout(15));
        await Task.Delay(200);
        var watch = Stopwatch.StartNew();

        await Server.DisposeAsync();

        await Task.WhenAny(poll, Task.Delay(5000));
        Assert.True(poll.IsCompleted);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }
}
