using System.Diagnostics;
using ReportBot.FakeBotApi;

namespace ReportBot.LoadTest;

/// <summary>One user input: a text, or a press of the button with this label.</summary>
internal sealed record Step(string Input, bool Button);

/// <summary>
/// The sample interview as a user does it (/start, the report type, every line of ideology.txt, buttons pressed where
/// the newest prompt offers them), and how many messages the bot sends for each step (measured once, on a quiet bot).
/// </summary>
internal sealed class Script
{
    public const string Template = "意识形态工作总结";

    private static readonly string[] ButtonLabels = ["完成", "采用模板内容", "补充我的内容", "生成草稿"];

    private Script(IReadOnlyList<string> inputs) => Inputs = inputs;

    public IReadOnlyList<string> Inputs { get; }

    /// <summary>Messages the bot sends in answer to each step; known after <see cref="CalibrateAsync"/>.</summary>
    public IReadOnlyList<int> Replies { get; private set; } = [];

    public int TotalReplies => Replies.Sum();

    public static Script Load() =>
        new(["/start", Template, .. File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Scripts", "ideology.txt")).Where(l => l.Length > 0)]);

    /// <summary>The first step from <paramref name="index"/> on that is typed, not a button.</summary>
    public int TextStepFrom(int index)
    {
        while (index < Inputs.Count && (index == 1 || ButtonLabels.Contains(Inputs[index])))
        {
            index++;
        }

        return index;
    }

    /// <summary>The step a user takes at <paramref name="index"/>: a button when the newest prompt in the chat offers it.</summary>
    public Step StepAt(FakeBotApiServer server, long chat, int index)
    {
        var input = Inputs[index];
        if (index == 1)
        {
            return new Step(input, true);
        }

        if (!ButtonLabels.Contains(input))
        {
            return new Step(input, false);
        }

        var newest = server.Messages(chat).LastOrDefault(m => m.AllButtons.Any());
        return new Step(input, newest?.FindButton(input) is not null);
    }

    /// <summary>
    /// Runs the interview once in <paramref name="chat"/>, waiting after each step until the bot has been quiet for
    /// <paramref name="quiet"/> (or four times as long as the step's first message took, when that is longer: a
    /// loaded machine), and keeps the number of messages of each step. Also warms the bot up.
    /// </summary>
    public async Task CalibrateAsync(FakeBotApiServer server, ReplyTracker tracker, long chat, TimeSpan quiet, CancellationToken cancellationToken)
    {
        var replies = new List<int>();
        var log = tracker.Chat(chat);
        for (var i = 0; i < Inputs.Count; i++)
        {
            var before = log.Count;
            var sent = Stopwatch.StartNew();
            Send(server, chat, StepAt(server, chat, i));
            await log.WaitForAsync(before + 1, cancellationToken);
            // On a busy machine the step's later messages lag as its first did: wait for a multiple of that too.
            var wait = TimeSpan.FromTicks(Math.Max(quiet.Ticks, sent.Elapsed.Ticks * 4));
            var seen = log.Count;
            var still = Stopwatch.StartNew();
            while (still.Elapsed < wait)
            {
                await Task.Delay(10, cancellationToken);
                if (log.Count != seen)
                {
                    seen = log.Count;
                    still.Restart();
                }
            }

            replies.Add(seen - before);
        }

        Replies = replies;
    }

    public static void Send(FakeBotApiServer server, long chat, Step step)
    {
        if (step.Button)
        {
            server.PressButtonByLabel(chat, step.Input);
        }
        else
        {
            server.SendText(chat, step.Input);
        }
    }
}
