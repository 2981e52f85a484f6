using System.Net.Sockets;
using ReportBot.Telegram.Sending;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace ReportBot.Telegram.Tests.Sending;

public sealed class DeliveryPolicyTests
{
    [Fact]
    public void A_429_waits_as_long_as_Telegram_asks()
    {
        var error = new ApiRequestException("Too Many Requests: retry after 7", 429, new ResponseParameters { RetryAfter = 7 });
        Assert.Equal(TimeSpan.FromSeconds(7), DeliveryPolicy.RetryAfter(error, attempt: 1));
    }

    [Fact]
    public void Server_errors_timeouts_and_refused_connections_back_off_exponentially()
    {
        var refused = new RequestException("Exception during making request", new HttpRequestException("Connection refused", new SocketException((int)SocketError.ConnectionRefused)));
        Assert.Equal(TimeSpan.FromSeconds(0.5), DeliveryPolicy.RetryAfter(new ApiRequestException("Internal Server Error", 500), 1));
        Assert.Equal(TimeSpan.FromSeconds(2), DeliveryPolicy.RetryAfter(refused, 3));
        Assert.Equal(TimeSpan.FromSeconds(4), DeliveryPolicy.RetryAfter(new RequestException("Bot API Request timed out", new TaskCanceledException()), 4));
        Assert.Equal(DeliveryPolicy.MaxBackoff, DeliveryPolicy.RetryAfter(new ApiRequestException("Bad Gateway", 502), 30));
    }

    [Fact]
    public void Refusals_for_good_are_not_retried()
    {
        Assert.Null(DeliveryPolicy.RetryAfter(new ApiRequestException("Forbidden: bot was blocked by the user", 403), 1));
        Assert.Null(DeliveryPolicy.RetryAfter(new ApiRequestException("Bad Request: message is too long", 400), 1));
    }

    [Fact]
    public void Descriptions_for_the_log_never_carry_the_request_url()
    {
        var options = new TelegramOptions { BotToken = "123456:SECRET-token" };
        var described = options.Redact(DeliveryPolicy.Describe(new HttpRequestException("GET http://127.0.0.1/bot123456:SECRET-token/getUpdates failed")));
        Assert.DoesNotContain("SECRET", described, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "未设置 Telegram 机器人令牌")]
    [InlineData("abc", "格式不正确")]
    [InlineData("123:abc def", "格式不正确")]
    public void Bad_tokens_are_explained_without_echoing_them(string token, string expected)
    {
        var problem = new TelegramOptions { BotToken = token }.Problem();
        Assert.NotNull(problem);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
        if (token.Length > 0)
        {
            Assert.DoesNotContain(token, problem, StringComparison.Ordinal);
        }
    }
}
