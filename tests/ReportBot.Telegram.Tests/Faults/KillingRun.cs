using ReportBot.FakeBotApi;

namespace ReportBot.Telegram.Tests.Faults;

/// <summary>
/// Replays the steps of an uninterrupted run against the real bot process, killing it (SIGKILL) as planned and
/// restarting it. Each user message is sent exactly once; after a restart the test only waits for the answer.
/// </summary>
public sealed class KillingRun(FakeBotApiServer server, string databasePath, long chat, Action<string> log) : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private BotProcess? _bot;

    public KillFigures Figures { get; } = new();

    public async Task RunAsync(IReadOnlyList<StepRecord> steps, IReadOnlyList<KillPlan?> plans)
    {
        _bot = BotProcess.Start(server, databasePath, plans[0]?.CrashPoint);
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var before = server.Messages(chat).Count;
            var arrivals = _bot.Arrivals;
            if (step.IsButton)
            {
                server.PressButtonByLabel(chat, step.Input);
            }
            else
            {
                server.SendText(chat, step.Input);
            }

            if (plans[i] is { } plan)
            {
                await KillAsync(plan, arrivals);
                var answered = IsAnswered(step, before);
                if (plan.Kind == KillKind.Random && !answered)
                {
                    Figures.RandomKillsBeforeAnswer++;
                }

                Restart(i + 1 < plans.Count ? plans[i + 1]?.CrashPoint : null);
                log($"step {i} '{step.Input}': killed at {Describe(plan)}, {(answered ? "after" : "before")} the answer was complete; restarted");
            }

            await WaitForAnswerAsync(step, before);
        }
    }

    /// <summary>Kills the bot process, if one is running.</summary>
    public void Dispose()
    {
        _bot?.Dispose();
        _bot = null;
    }

    private async Task KillAsync(KillPlan plan, int arrivalsBefore)
    {
        if (plan.CrashPoint is null)
        {
            await Task.Delay(plan.Delay);
        }
        else
        {
            await _bot!.WaitForArrivalsAsync(arrivalsBefore + plan.Arrival, Patience);
        }

        _bot!.Kill();
        Figures.Kills[plan.Kind]++;
    }

    private void Restart(string? crashPoint)
    {
        _bot!.Dispose();
        _bot = BotProcess.Start(server, databasePath, crashPoint);
        Figures.Restarts++;
    }

    private bool IsAnswered(StepRecord step, int before) =>
        server.Messages(chat).Skip(before).Any(m => m.Text == step.LastReply.Text && m.Document?.FileName == step.LastReply.Document?.FileName);

    private static string Describe(KillPlan plan) => plan.CrashPoint is { } point
        ? $"crashpoint:{point} (arrival {plan.Arrival})"
        : $"random {plan.Delay.TotalMilliseconds:0} ms";

    /// <summary>Waits until the step's last reply (as in the uninterrupted run) has been delivered after the user's message.</summary>
    private async Task WaitForAnswerAsync(StepRecord step, int before)
    {
        var expected = step.LastReply;
        try
        {
            await server.WaitUntilAsync(() => IsAnswered(step, before), Patience);
        }
        catch (TimeoutException error)
        {
            throw new TimeoutException($"No answer to '{step.Input}' (expected: {expected}).\nBot output:\n{_bot!.Tail}", error);
        }
    }
}
