using System.Diagnostics;
using ReportBot.FakeBotApi;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace ReportBot.Telegram.Tests.FakeBotApi;

public sealed class FakeBotApiFaultTests : FakeBotApiTestBase
{
    [Fact]
    public async Task Too_many_requests_above_retry_threshold_surfaces_with_retry_after()
    {
        Server.FailNext("sendMessage", new FakeFault.TooManyRequests(120));

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(1001, "hi", cancellationToken: Timeout()));

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(120, error.Parameters?.RetryAfter);
        Assert.Contains("retry after 120", error.Message, StringComparison.Ordinal);
        Assert.Empty(Server.Messages(1001));
    }

    [Fact]
    public async Task Too_many_requests_below_retry_threshold_is_retried_by_the_client()
    {
        Server.FailNext("SENDMESSAGE", new FakeFault.TooManyRequests(1));
        var watch = Stopwatch.StartNew();

        await NewClient(retryThreshold: 5).SendMessage(1001, "after retry", cancellationToken: Timeout());

        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(900), $"took {watch.Elapsed}");
        Assert.Equal("after retry", Assert.Single(Server.Messages(1001)).Text);
        Assert.Equal([429, 200], Server.RequestLog.Where(r => r.Method == "sendMessage").Select(r => r.StatusCode));
    }

    [Fact]
    public async Task Server_error_surfaces_as_500_and_nothing_is_delivered()
    {
        Server.FailNext("sendMessage", new FakeFault.ServerError());

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(1001, "hi", cancellationToken: Timeout()));

        Assert.Equal(500, error.ErrorCode);
        Assert.Empty(Server.Messages(1001));
        await Bot.SendMessage(1001, "second try", cancellationToken: Timeout());
        Assert.Single(Server.Messages(1001));
    }

    [Fact]
    public async Task Bad_request_fault_is_bounded_by_times()
    {
        Server.FailNext("sendDocument", new FakeFault.BadRequest("chat not found"), times: 2);

        for (var i = 0; i < 2; i++)
        {
            var error = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendDocument(1001, "file-id", cancellationToken: Timeout()));
            Assert.Equal("Bad Request: chat not found", error.Message);
        }

        Assert.Equal(0, Server.PendingFaults("sendDocument"));
        await Bot.SendDocument(1001, "file-id", cancellationToken: Timeout());
        Assert.Equal("file-id", Assert.Single(Server.Messages(1001)).Document?.FileName);
    }

    [Fact]
    public async Task Dropped_connection_surfaces_as_request_exception()
    {
        Server.FailNext("sendMessage", new FakeFault.DropConnection());

        var error = await Assert.ThrowsAnyAsync<RequestException>(() => Bot.SendMessage(1001, "lost", cancellationToken: Timeout()));

        Assert.IsNotType<ApiRequestException>(error);
        Assert.Empty(Server.Messages(1001));
        Assert.Contains(Server.RequestLog, r => r.Method == "sendMessage" && r.StatusCode == 0);
    }

    [Fact]
    public async Task Dropped_connection_on_a_reused_connection_is_not_retried_silently()
    {
        await Bot.SendMessage(1001, "warm up", cancellationToken: Timeout());
        Server.FailNext("sendMessage", new FakeFault.DropConnection());

        await Assert.ThrowsAnyAsync<RequestException>(() => Bot.SendMessage(1001, "lost", cancellationToken: Timeout()));
        await Bot.SendMessage(1001, "recovered", cancellationToken: Timeout());

        Assert.Equal(["warm up", "recovered"], Server.Messages(1001).Select(m => m.Text));
    }

    [Fact]
    public async Task Delay_fault_answers_normally_after_the_delay()
    {
        Server.FailNext("getMe", new FakeFault.Delay(TimeSpan.FromMilliseconds(500)));
        var watch = Stopwatch.StartNew();

        var me = await Bot.GetMe(Timeout());

        Assert.True(me.IsBot);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(450), $"took {watch.Elapsed}");
    }
}
