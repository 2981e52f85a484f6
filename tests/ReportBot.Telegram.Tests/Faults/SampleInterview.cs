using ReportBot.Telegram.Tests.EndToEnd;

namespace ReportBot.Telegram.Tests.Faults;

/// <summary>
/// Drives the sample interview (/start, the template button, then every line of ideology.txt) against an
/// in-process bot, recording each step's replies; a hook runs before every step after the first.
/// </summary>
public static class SampleInterview
{
    public const string Template = "意识形态工作总结";

    private static readonly string[] ButtonLabels = ["完成", "采用模板内容", "补充我的内容", "生成草稿"];

    public static IReadOnlyList<string> Lines =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Scripts", "ideology.txt"));

    /// <summary>Runs the whole script; <paramref name="beforeStep"/> gets the index of the step about to be taken.</summary>
    public static async Task<InterviewRecord> RunAsync(RunningBot bot, long chat, Func<int, Task>? beforeStep = null)
    {
        var steps = new List<StepRecord>();
        var inputs = new List<string> { "/start", Template }.Concat(Lines).ToList();
        for (var i = 0; i < inputs.Count; i++)
        {
            if (i > 0 && beforeStep is not null)
            {
                await beforeStep(i);
            }

            var input = inputs[i];
            var isButton = i == 1 || (ButtonLabels.Contains(input) && NewestButtons(bot, chat).Contains(input));
            var replies = isButton ? await bot.PressAsync(chat, input) : await bot.SayAsync(chat, input);
            steps.Add(new StepRecord(input, isButton, replies));
        }

        var answers = await SessionAnswers.JsonAsync(bot.Store, chat);
        return new InterviewRecord(steps, bot.Server.Messages(chat), answers);
    }

    private static IEnumerable<string> NewestButtons(RunningBot bot, long chat) =>
        bot.Server.Messages(chat).LastOrDefault(m => m.AllButtons.Any())?.AllButtons.Select(b => b.Text) ?? [];
}
