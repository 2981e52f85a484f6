using System.Collections.Immutable;

namespace ReportBot.Core.Interview;

/// <summary>One interview: the report type, the answers and where the questions stand.</summary>
public sealed record InterviewState
{
    /// <summary>The report type being written.</summary>
    public required string TemplateId { get; init; }

    /// <summary>The version of the template the answers were given for.</summary>
    public int TemplateVersion { get; init; }

    /// <summary>
    /// Index of the current question in the template's slot list; equal to the number of slots once every question
    /// was visited (the review).
    /// </summary>
    public int Position { get; init; }

    /// <summary>Answers by slot id.</summary>
    public ImmutableDictionary<string, SlotAnswer> Answers { get; init; } = ImmutableDictionary<string, SlotAnswer>.Empty;

    /// <summary>Positions asked before the current one, for /back.</summary>
    public ImmutableList<int> History { get; init; } = [];

    /// <summary>The answer being collected for the current question (list items, a mode, one waiting for 确认), or null.</summary>
    public AnswerInProgress? Collecting { get; init; }

    /// <summary>Failed attempts at the current question.</summary>
    public int Failures { get; init; }

    /// <summary>The section being edited, with where to return and the answers before the edit; null when not editing.</summary>
    public EditInProgress? Edit { get; init; }

    /// <summary>Index in the conversation's reports of this interview's report once its draft was generated, else null.</summary>
    public int? ReportIndex { get; init; }

    /// <summary>The answers of the previous report of the same type, offered with 沿用上次.</summary>
    public ImmutableDictionary<string, SlotAnswer> PreviousAnswers { get; init; } = ImmutableDictionary<string, SlotAnswer>.Empty;

    /// <summary>Slots answered from what the conversation keeps (the unit): the interview does not ask them again.</summary>
    public ImmutableList<string> Prefilled { get; init; } = [];

    /// <summary>True after a template change: the interview visits only questions without an answer.</summary>
    public bool FillingGaps { get; init; }

    /// <summary>The sign-off date the user set (/date), or null for the default derived from the period.</summary>
    public DateOnly? SignOffDate { get; init; }

    /// <summary>The same interview moved to another question, with nothing half-collected.</summary>
    public InterviewState At(int position) => this with { Position = position, Collecting = null, Failures = 0 };
}

/// <summary>A section edit under way (/edit): restoring <see cref="AnswersBefore"/> cancels it.</summary>
/// <param name="SectionKey">The section being edited.</param>
/// <param name="ResumeAt">The question to return to after an edit during the interview (the review: the slot count).</param>
/// <param name="AnswersBefore">The answers when the edit began.</param>
public sealed record EditInProgress(string? SectionKey, int ResumeAt, ImmutableDictionary<string, SlotAnswer> AnswersBefore);
