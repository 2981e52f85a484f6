using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using ReportBot.Core.Conversations;
using ReportBot.Core.Interview;
using ReportBot.Telegram.Processing;

namespace ReportBot.Telegram.Tests.EndToEnd;

/// <summary>Reminders and expiry reach the user through the outbox, driven by a fake clock.</summary>
public sealed class IdleTests : IAsyncLifetime
{
    private const long Chat = 6001;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 1, 0, 0, TimeSpan.Zero));
    private RunningBot _bot = null!;

    public async Task InitializeAsync() => _bot = await RunningBot.StartAsync(_time);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private int Reminders() => _bot.Server.Messages(Chat).Count(m => m.Text?.Contains("提醒：您的", StringComparison.Ordinal) == true);

    private async Task AdvanceAndScanAsync(TimeSpan by)
    {
        _time.Advance(by);
        await Scanner.ScanAsync(CancellationToken.None);
        await _bot.IdleAsync();
    }

    private IdleScanner Scanner => _bot.Services.GetServices<IHostedService>().OfType<IdleScanner>().Single();

    [Fact]
    public async Task A_user_who_asked_gets_one_reminder_and_the_interview_closes_after_thirty_days()
    {
        await _bot.SayAsync(Chat, "/start");
        await _bot.PressAsync(Chat, "意识形态工作总结");
        await _bot.SayAsync(Chat, "2020年上半年");
        await _bot.SayAsync(Chat, "/remind");

        // The scanner's own timer runs on the fake clock too, so the test scans and then looks at what arrived.
        await AdvanceAndScanAsync(TimeSpan.FromDays(2));
        Assert.Equal(0, Reminders());
        await AdvanceAndScanAsync(TimeSpan.FromDays(2));
        Assert.Equal(1, Reminders());
        Assert.Contains("提醒：您的《意识形态工作总结》还有36题没有回答", _bot.Server.Messages(Chat)[^1].Text, StringComparison.Ordinal);
        await AdvanceAndScanAsync(TimeSpan.FromDays(1));
        Assert.Equal(1, Reminders());

        await AdvanceAndScanAsync(TimeSpan.FromDays(27));
        Assert.Contains("已自动关闭", _bot.Server.Messages(Chat)[^1].Text, StringComparison.Ordinal);
        Assert.Null(_bot.Session(Chat)!.Interview?.TemplateId);
        Assert.Single(_bot.Session(Chat)!.Reports);
    }

    [Fact]
    public async Task Interviews_already_reminded_do_not_keep_a_newer_one_from_its_reminder()
    {
        // More interviews than one pass looks at, idle longer than the user's, already reminded: nothing is due for them.
        var store = _bot.Services.GetRequiredService<IMessagePipelineStore>();
        var longAgo = _time.GetUtcNow() - TimeSpan.FromDays(10);
        for (var i = 0; i <= IdleScanner.PageSize; i++)
        {
            var stale = new ConversationState
            {
                Interview = new InterviewState { TemplateId = "ideology" },
                Phase = Phase.Asking,
                UpdatedAt = longAgo,
                RemindersAllowed = true,
                RemindedAt = longAgo.AddDays(4),
            };
            Assert.True(await store.TrySaveAsync($"tg:{10000 + i}", stale, CancellationToken.None));
        }

        await _bot.SayAsync(Chat, "/start");
        await _bot.PressAsync(Chat, "意识形态工作总结");
        await _bot.SayAsync(Chat, "/remind");
        await AdvanceAndScanAsync(TimeSpan.FromDays(4));
        await AdvanceAndScanAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(1, Reminders());
    }
}
