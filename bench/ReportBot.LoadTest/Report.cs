using System.Globalization;

namespace ReportBot.LoadTest;

/// <summary>Prints each run's phases and, per phase, the median over the runs, with ReportBot's figures against the echo bot's.</summary>
internal static class Report
{
    private const string Header = "| phase | bot | completed | replies | replies/s | p50 / p95 / p99 ms | CPU ms/reply | peak RSS MB | idle CPU % | idle RSS MB | load |";
    private const string Rule = "|---|---|---|---|---|---|---|---|---|---|---|";

    public static void Run(TextWriter output, int run, IReadOnlyList<PhaseResult> phases)
    {
        output.WriteLine();
        output.WriteLine($"Run {run}:");
        output.WriteLine(Header);
        output.WriteLine(Rule);
        foreach (var phase in phases)
        {
            output.WriteLine(Row(phase.Label, phase.Bot, [phase]));
        }
    }

    /// <summary>One phase as soon as it is measured, so a long run shows progress.</summary>
    public static void Phase(TextWriter output, PhaseResult phase)
    {
        output.WriteLine("  " + Row(phase));
        if (Tail(phase) is { } tail)
        {
            output.WriteLine("    " + tail);
        }
    }

    /// <summary>Which steps of the interview make the slowest 1 % (at or above p99), most frequent first.</summary>
    private static string? Tail(PhaseResult phase)
    {
        var steps = phase.Users.Steps;
        if (steps.Count < 100)
        {
            return null;
        }

        var p99 = phase.P99;
        var slow = steps.Where(s => s.Milliseconds >= p99).ToList();
        var top = slow.GroupBy(s => s.Step).OrderByDescending(g => g.Count()).Take(4)
            .Select(g => F($"step {g.Key + 1} ×{g.Count()} (max {g.Max(s => s.Milliseconds):0} ms)"));
        return F($"slowest 1 % ({slow.Count} steps ≥ {p99:0} ms): {string.Join(", ", top)}");
    }

    /// <summary>One phase as a table row.</summary>
    public static string Row(PhaseResult phase) => Row(phase.Label, phase.Bot, [phase]);

    public static void Medians(TextWriter output, IReadOnlyList<IReadOnlyList<PhaseResult>> runs)
    {
        output.WriteLine();
        output.WriteLine($"Medians of {runs.Count} run(s):");
        output.WriteLine(Header);
        output.WriteLine(Rule);
        var groups = runs.SelectMany(r => r).GroupBy(p => (p.Label, p.Bot)).ToList();
        foreach (var group in groups)
        {
            output.WriteLine(Row(group.Key.Label, group.Key.Bot, [.. group]));
        }

        foreach (var label in groups.Select(g => g.Key.Label).Distinct())
        {
            var echo = groups.FirstOrDefault(g => g.Key == (label, "echo"))?.ToList();
            var bot = groups.FirstOrDefault(g => g.Key == (label, "reportbot"))?.ToList();
            if (echo is null || bot is null)
            {
                continue;
            }

            output.WriteLine();
            output.WriteLine(F($"{label}: ReportBot / echo — replies/s {Ratio(bot, echo, p => p.RepliesPerSecond):0.00}×, p50 {Ratio(bot, echo, p => p.P50):0.00}×, p99 {Ratio(bot, echo, p => p.P99):0.00}×, CPU per reply {Ratio(bot, echo, p => p.CpuPerReply):0.00}×, peak RSS {Ratio(bot, echo, p => p.PeakRssMegabytes):0.00}×"));
        }
    }

    private static double Ratio(List<PhaseResult> bot, List<PhaseResult> echo, Func<PhaseResult, double> of) => Median(bot, of) / Median(echo, of);

    private static string Row(string label, string bot, List<PhaseResult> phases) => F(
        $"| {label} | {bot} | {Median(phases, p => p.Users.Completed):0}/{Median(phases, p => p.Users.Started):0} | {Median(phases, p => p.Users.Replies):0} | {Median(phases, p => p.RepliesPerSecond):0} | {Median(phases, p => p.P50):0.0} / {Median(phases, p => p.P95):0.0} / {Median(phases, p => p.P99):0.0} | {Median(phases, p => p.CpuPerReply):0.000} | {Median(phases, p => p.PeakRssMegabytes):0} | {Median(phases, p => p.IdleCpuPercent):0.00} | {Median(phases, p => p.IdleRssMegabytes):0} | {Median(phases, p => p.LoadBefore):0.0}→{Median(phases, p => p.LoadAfter):0.0} |");

    private static double Median(List<PhaseResult> phases, Func<PhaseResult, double> of) => Percentiles.Median(phases.Select(of));

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
