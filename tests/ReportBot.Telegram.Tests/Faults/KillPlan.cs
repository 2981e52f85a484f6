using ReportBot.Telegram;

namespace ReportBot.Telegram.Tests.Faults;

/// <summary>The kill for one step: its kind, the random delay, or which crash-point arrival to kill at.</summary>
public sealed record KillPlan(KillKind Kind, TimeSpan Delay = default, int Arrival = 1)
{
    /// <summary>The REPORTBOT_CRASHPOINTS value the process must be started with for this kill, or null.</summary>
    public string? CrashPoint => Kind switch
    {
        KillKind.AfterReceive => CrashPoints.AfterReceive,
        KillKind.AfterCommit => CrashPoints.AfterCommit,
        KillKind.MidSend => CrashPoints.MidSend,
        _ => null,
    };

    /// <summary>
    /// Counting back from the last step in threes: a crash-point kill, a random kill before it, then a step in
    /// peace. A crash-point step thus always follows a kill, so the restarted process can carry its crash point
    /// without stopping at it in other steps. The last step (the draft) is killed mid-send after its second draft
    /// message, so a draft part is delivered twice.
    /// </summary>
    public static IReadOnlyList<KillPlan?> For(int steps, Random random)
    {
        KillKind[] points = [KillKind.AfterReceive, KillKind.AfterCommit, KillKind.MidSend];
        var plans = new KillPlan?[steps];
        var turn = random.Next(points.Length);
        for (var i = steps - 1; i >= 0; i--)
        {
            plans[i] = ((steps - 1 - i) % 3) switch
            {
                0 when i == steps - 1 => new KillPlan(KillKind.MidSend, Arrival: 3),
                0 => new KillPlan(points[turn++ % points.Length]),
                1 => new KillPlan(KillKind.Random, TimeSpan.FromMilliseconds(random.Next(0, 40))),
                _ => null,
            };
        }

        return plans;
    }
}
