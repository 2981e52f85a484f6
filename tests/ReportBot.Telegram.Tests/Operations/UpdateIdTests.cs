using ReportBot.Telegram.Tests.EndToEnd;

namespace ReportBot.Telegram.Tests.Operations;

/// <summary>Update ids are not forever: a restarted sequence is accepted (with a warning), redeliveries still are not.</summary>
public sealed class UpdateIdTests : IAsyncLifetime
{
    private const long Chat = 8301;
    private RunningBot _bot = null!;

    public async Task InitializeAsync() => _bot = await RunningBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Ids_restarting_below_the_offset_are_accepted_with_a_warning()
    {
        await _bot.SayAsync(Chat, "/start");
        await _bot.PressAsync(Chat, "意识形态工作总结");
        for (var i = 0; i < 10; i++)
        {
            await _bot.SayAsync(Chat, "/status");
        }

        var before = _bot.Session(Chat)!;
        await _bot.SwitchToFreshServerAsync();
        await _bot.SayAsync(Chat, "2020年上半年");
        await _bot.SayAsync(Chat, "红旗街道党工委");
        var status = await _bot.SayAsync(Chat, "/status");

        Assert.Equal("2020年上半年", _bot.Session(Chat)!.Interview!.Answers["period"].Text);
        Assert.Equal("红旗街道", _bot.Session(Chat)!.Interview!.Answers["unit"].Text);
        Assert.NotEmpty(status);
        Assert.True(_bot.Session(Chat)!.Version > before.Version);
        Assert.Contains(_bot.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("Update ids restarted", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_update_delivered_again_after_a_restart_is_still_applied_once()
    {
        await _bot.SayAsync(Chat, "/start");
        await _bot.PressAsync(Chat, "意识形态工作总结");
        await _bot.StopHostAsync();
        // The server never learned the offset (the bot stopped right after storing), so it delivers the update again.
        _bot.Server.SendText(Chat, "2020年上半年");
        await _bot.StartHostAsync();
        await _bot.IdleAsync();
        await _bot.StopHostAsync();
        await _bot.StartHostAsync();
        await _bot.IdleAsync();
        Assert.Single(_bot.Server.Messages(Chat), m => m.Text?.Contains("贵单位的名称是？", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(_bot.Logs.Lines, l => l.Contains("Update ids restarted", StringComparison.Ordinal));
    }
}
