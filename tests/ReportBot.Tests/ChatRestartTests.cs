using Microsoft.Extensions.Configuration;
using ReportBot.Cli.Chat;
using ReportBot.Cli.Commands;
using ReportBot.Cli.Hosting;

namespace ReportBot.Tests;

/// <summary>
/// Stopping <c>reportbot chat</c> between any two messages and starting it again on the same SQLite file resumes
/// exactly where the user was: the draft is the same as from an uninterrupted run.
/// </summary>
public sealed class ChatRestartTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("reportbot-restart-");
    private readonly IConfiguration _configuration = new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Templates:Directory"] = Path.Combine(AppContext.BaseDirectory, "prompts") })
        .Build();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    /// <summary>One "process": fresh services on the database file, the given lines on stdin.</summary>
    private async Task<string> RunAsync(string database, string output, IEnumerable<string> lines)
    {
        var services = CoreServices.Create(_configuration, TextWriter.Null, database);
        var transcript = new StringWriter();
        var chat = new TerminalChat(services.Conversations, services.Store, new TerminalWriter(transcript, colour: false, echoInput: true), DraftFiles.Writer(_configuration), output);
        await chat.RunAsync(new StringReader(string.Join("\n", lines) + "\n"), "ideology", startNew: false, CancellationToken.None);
        return transcript.ToString();
    }

    [Fact]
    public async Task A_restart_between_any_two_messages_resumes_exactly_where_the_user_was()
    {
        var script = CliProcess.Script("ideology.txt");
        var reference = Path.Combine(_folder.FullName, "reference");
        await RunAsync(Path.Combine(reference, "db"), reference, script);
        var expected = await File.ReadAllTextAsync(Directory.GetFiles(reference, "*.txt").Single());

        for (var split = 1; split < script.Length; split++)
        {
            var run = Path.Combine(_folder.FullName, $"split-{split}");
            var database = Path.Combine(run, "db");
            var first = await RunAsync(database, run, script.Take(split));
            var second = await RunAsync(database, run, script.Skip(split));

            Assert.Contains("欢迎回来", second, StringComparison.Ordinal);
            var resumed = FirstPromptAfterWelcome(second);
            if (resumed.Contains("全部问题已回答", StringComparison.Ordinal))
            {
                Assert.Contains("全部问题已回答", first.Split("机器人：")[^1], StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal(LastPrompt(first), resumed);
            }

            Assert.Equal(expected, await File.ReadAllTextAsync(Directory.GetFiles(run, "*.txt").Single()));
        }
    }

    /// <summary>The last "【section · 第n/N题】" header the first run showed.</summary>
    private static string LastPrompt(string transcript) =>
        transcript.Split('\n').Last(l => l.StartsWith('【'));

    /// <summary>The header shown with "欢迎回来" when the second run starts.</summary>
    private static string FirstPromptAfterWelcome(string transcript)
    {
        var reply = transcript.Split("机器人：", StringSplitOptions.None).First(r => r.Contains("欢迎回来", StringComparison.Ordinal));
        return reply.Split('\n').FirstOrDefault(l => l.StartsWith('【')) ?? reply;
    }
}
