using ReportBot.Telegram.Tests.EndToEnd;
using Xunit.Abstractions;

namespace ReportBot.Telegram.Tests.Faults;

/// <summary>
/// The sample interview with the host stopped and started again between every two messages: after each restart
/// the bot stays silent, keeps the session where it was, and answers the next message exactly as an uninterrupted
/// run does, so no question is skipped or asked twice, and the draft is the same.
/// </summary>
public sealed class GracefulRestartTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const long Chat = 6101;
    private RunningBot _bot = null!;
    private InterviewRecord _baseline = null!;

    public async Task InitializeAsync()
    {
        await using (var uninterrupted = await RunningBot.StartAsync())
        {
            _baseline = await SampleInterview.RunAsync(uninterrupted, Chat);
        }

        _bot = await RunningBot.StartAsync();
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Restarting_between_every_two_messages_neither_skips_nor_repeats_a_question()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var restarts = 0;
        var record = await SampleInterview.RunAsync(_bot, Chat, async step =>
        {
            var before = _bot.Session(Chat)!;
            var messages = _bot.Server.Messages(Chat).Count;
            await _bot.StopHostAsync();
            await _bot.StartHostAsync();
            await _bot.IdleAsync();
            restarts++;
            var after = _bot.Session(Chat)!;
            Assert.Equal((before.Phase, before.Interview?.Position, before.Step, before.Version), (after.Phase, after.Interview?.Position, after.Step, after.Version));
            Assert.Equal(messages, _bot.Server.Messages(Chat).Count);
        });

        output.WriteLine($"restarts: {restarts}; steps: {record.Steps.Count}; time: {clock.Elapsed.TotalSeconds:0.0}s");
        Assert.Equal(record.Steps.Count - 1, restarts);
        for (var i = 0; i < record.Steps.Count; i++)
        {
            Assert.Equal(Contents(_baseline.Steps[i]), Contents(record.Steps[i]));
        }

        var expected = DraftContent.From(_baseline.DraftReplies);
        var actual = DraftContent.From(record.DraftReplies);
        Assert.Equal(expected.Html, actual.Html);
        Assert.Equal(expected.DocxText, actual.DocxText);
        Assert.Equal(_baseline.AnswersJson, record.AnswersJson);
    }

    private static List<string> Contents(StepRecord step) => [step.Input, .. step.Replies.Select(DraftContent.Content)];
}
