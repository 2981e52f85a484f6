using ReportBot.Core.Interview;

namespace ReportBot.Core.Slots;

/// <summary>
/// What a typed answer means for a slot: an answer (with an optional note on what was tidied), a refusal with a
/// message saying why, or an answer that looks unusual and waits for the user's 确认.
/// </summary>
public sealed record SlotReading
{
    private SlotReading()
    {
    }

    /// <summary>The answer read (also for a doubtful one: the first candidate); null when refused.</summary>
    public SlotAnswer? Answer { get; private init; }

    /// <summary>For a doubtful answer: the ways to store it, each with its button label.</summary>
    public IReadOnlyList<Candidate> Candidates { get; private init; } = [];

    /// <summary>Why the answer was refused, in Chinese with an example; null when read.</summary>
    public string? Error { get; private init; }

    /// <summary>Why the answer looks unusual (a question to confirm), or null.</summary>
    public string? Doubt { get; private init; }

    /// <summary>What was tidied on the way (e.g. a word the template already has), or null.</summary>
    public string? Note { get; private init; }

    /// <summary>True when <see cref="Answer"/> holds an answer that needs no confirmation.</summary>
    public bool Success => Answer is not null && Doubt is null;

    /// <summary>An answer.</summary>
    public static SlotReading Ok(SlotAnswer answer, string? note = null) => new() { Answer = answer, Note = note };

    /// <summary>A refusal.</summary>
    public static SlotReading Fail(string error) => new() { Error = error };

    /// <summary>An answer that needs the user's confirmation (就这样写).</summary>
    public static SlotReading Doubtful(SlotAnswer answer, string doubt) => Choose(doubt, new Candidate("就这样写", answer));

    /// <summary>An answer the user picks among <paramref name="candidates"/> (the first is the suggestion).</summary>
    public static SlotReading Choose(string doubt, params Candidate[] candidates) =>
        new() { Answer = candidates[0].Answer, Doubt = doubt, Candidates = candidates };
}
