using ReportBot.FakeBotApi;
using ReportBot.Telegram.Tests.EndToEnd;
using Xunit.Abstractions;

namespace ReportBot.Telegram.Tests.Faults;

/// <summary>
/// The whole sample interview through the real <c>reportbot serve</c> process, killed with SIGKILL at every named
/// crash point and at random moments and restarted each time, ends exactly like an uninterrupted run. A kill
/// between Telegram accepting a reply and the bot marking it sent makes that one message arrive twice in a row;
/// that is the only visible trace a kill may leave.
/// </summary>
public sealed class KillAndRestartTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const long Chat = 6001;
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("reportbot-kill-");
    private FakeBotApiServer _server = null!;
    private InterviewRecord _baseline = null!;

    public async Task InitializeAsync()
    {
        await using var bot = await RunningBot.StartAsync();
        _baseline = await SampleInterview.RunAsync(bot, Chat);
        _server = await FakeBotApiServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Killing_the_bot_at_every_crash_point_and_at_random_loses_skips_and_repeats_no_answer()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("REPORTBOT_FAULT_SEED"), out var given) ? given : Environment.TickCount;
        output.WriteLine($"seed: {seed} (set REPORTBOT_FAULT_SEED to replay)");
        var plans = KillPlan.For(_baseline.Steps.Count, new Random(seed));
        var database = Path.Combine(_folder.FullName, "bot.db");
        using var run = new KillingRun(_server, database, Chat, output.WriteLine);

        await run.RunAsync(_baseline.Steps, plans);
        run.Dispose();

        var messages = _server.Messages(Chat);
        run.Figures.DuplicateMessages = messages.Count - DraftContent.WithoutRepeats(messages).Count();
        output.WriteLine(run.Figures.ToString());
        Assert.True(run.Figures.TotalKills >= 20, run.Figures.ToString());
        Assert.All(Enum.GetValues<KillKind>(), kind => Assert.True(run.Figures.Kills[kind] >= 3, $"Too few {kind} kills."));
        Assert.InRange(run.Figures.DuplicateMessages, 0, run.Figures.Kills[KillKind.MidSend] + run.Figures.Kills[KillKind.Random]);
        Assert.All(_baseline.Messages, m => Assert.Contains(messages, k => k.Text == m.Text));
        Assert.Equal(Texts(DraftContent.WithoutRepeats(_baseline.Messages)), Texts(DraftContent.WithoutRepeats(messages)));
        var last = _baseline.Steps.Count - 1;
        var expected = DraftContent.From(_baseline.DraftReplies);
        var actual = DraftContent.From(messages.SkipWhile(m => !IsAnswerTo(m, last)));
        Assert.Equal(expected.Html, actual.Html);
        Assert.Equal(expected.DocxText, actual.DocxText);
        Assert.Equal(_baseline.AnswersJson, await SessionAnswers.FromFileAsync(database, Chat));
    }

    private bool IsAnswerTo(SentMessage message, int step) => message.Text == _baseline.Steps[step].Replies[0].Text;

    private static List<string> Texts(IEnumerable<SentMessage> messages) => messages.Select(DraftContent.Content).ToList();
}
