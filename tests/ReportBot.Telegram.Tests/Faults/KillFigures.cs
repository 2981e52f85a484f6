using System.Diagnostics;
using System.Globalization;

namespace ReportBot.Telegram.Tests.Faults;

/// <summary>What a kill-and-restart run did: kills per kind, restarts, repeated bot messages, time.</summary>
public sealed class KillFigures
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public Dictionary<KillKind, int> Kills { get; } = Enum.GetValues<KillKind>().ToDictionary(k => k, _ => 0);

    public int TotalKills => Kills.Values.Sum();

    public int Restarts { get; set; }

    /// <summary>Random kills that struck before the step's last reply was delivered.</summary>
    public int RandomKillsBeforeAnswer { get; set; }

    /// <summary>Bot messages delivered twice in a row (a kill between Telegram accepting a reply and marking it sent).</summary>
    public int DuplicateMessages { get; set; }

    public TimeSpan Elapsed => _clock.Elapsed;

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"kills: {TotalKills} ({string.Join(", ", Kills.Select(k => $"{k.Key} {k.Value}"))}; random ones before the answer was complete: {RandomKillsBeforeAnswer}); restarts: {Restarts}; duplicate bot messages: {DuplicateMessages}; time: {Elapsed.TotalSeconds:0.0}s");
}
