using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using ReportBot.Core.Answers;
using ReportBot.Core.Interview;

namespace ReportBot.Core.Conversations;

/// <summary>
/// The stored form of a conversation: JSON, enums by name, so stores stay independent of the record's layout.
/// Conversations stored by the first release (one flat record) are read and converted.
/// </summary>
public static class SessionJson
{
    /// <summary>Where an edit stored flat returns to when it came from the review (any position past the last question).</summary>
    private const int PastTheLastQuestion = 100_000;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// The writer of <see cref="Serialize"/>: the same encoder as <see cref="Options"/> (Chinese as it is, not as
    /// \u escapes). The generated serialiser's fast path cannot be reached through options with their own encoder, so
    /// it is called with a writer that has it; <c>SessionJsonTests</c> holds its output equal to <see cref="Options"/>'.
    /// </summary>
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = Options.Encoder, SkipValidation = true };

    private static readonly Action<Utf8JsonWriter, ConversationState> Write =
        SessionJsonContext.Default.ConversationState.SerializeHandler
        ?? throw new InvalidOperationException("The session's generated serialiser has no fast path.");

    /// <summary>Kept between calls on a thread, unless a session made it larger than this.</summary>
    private const int KeptBufferBytes = 64 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    /// <summary>
    /// Serialises a conversation, with the code generated at build time for it (<see cref="SessionJsonContext"/>):
    /// every turn writes its session once, and the generated code takes half the time of the reflection-based one.
    /// </summary>
    public static string Serialize(ConversationState state)
    {
        var buffer = _buffer ?? new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(writer, state);
        }

        var json = Encoding.UTF8.GetString(buffer.WrittenSpan);
        _buffer = buffer.Capacity <= KeptBufferBytes ? buffer : null;
        return json;
    }

    /// <summary>Reads a stored conversation (either layout).</summary>
    public static ConversationState Deserialize(string json)
    {
        var stored = JsonSerializer.Deserialize<Stored>(json, Options) ?? throw new JsonException("Empty session.");
        var state = new ConversationState
        {
            Phase = stored.Phase,
            Interview = stored.Interview,
            Unit = stored.Unit,
            Log = stored.Log,
            Reports = stored.Reports,
            RemindersAllowed = stored.RemindersAllowed,
            RemindedAt = stored.RemindedAt,
            Step = stored.Step,
            Version = stored.Version,
            UpdatedAt = stored.UpdatedAt,
        };
        return stored.TemplateId is null ? state : FromFlat(stored, state);
    }

    /// <summary>The first release kept the interview's fields at the top and a loose return phase.</summary>
    private static ConversationState FromFlat(Stored flat, ConversationState state)
    {
        var fromReview = flat.ReturnPhase == "Reviewing";
        var revising = flat.ReturnPhase == "Finished";
        var phase = flat.Phase switch
        {
            Phase.Asking when flat.EditSection is not null => revising ? Phase.Revising : Phase.EditingSection,
            Phase.PickingSection => revising ? Phase.ChoosingRevision : Phase.PickingSection,
            Phase.ConfirmingCancel when flat.NewAfterCancel => Phase.ConfirmingNew,
            Phase.Finished => Phase.Drafted,
            var p => p,
        };
        var resumeAt = fromReview ? PastTheLastQuestion : flat.ResumePosition;
        var collecting = flat.PendingItems.Count + flat.PendingPairs.Count > 0 || flat.PendingMode is not null
            ? new AnswerInProgress { Items = flat.PendingItems, Pairs = flat.PendingPairs, Mode = flat.PendingMode }
            : null;
        var interview = new InterviewState
        {
            TemplateId = flat.TemplateId!,
            TemplateVersion = flat.TemplateVersion,
            Position = phase == Phase.Reviewing || (fromReview && phase is Phase.ConfirmingCancel or Phase.ConfirmingNew) ? PastTheLastQuestion : flat.Position,
            Answers = flat.Answers,
            History = flat.History,
            Collecting = collecting,
            Failures = flat.Failures,
            Edit = phase is Phase.EditingSection or Phase.Revising or Phase.PickingSection or Phase.ChoosingRevision
                ? new EditInProgress(flat.EditSection, resumeAt, flat.Answers)
                : null,
            ReportIndex = flat.ReportIndex,
            PreviousAnswers = flat.PreviousAnswers,
            FillingGaps = flat.FillingGaps,
        };
        return state with { Phase = phase, Interview = phase == Phase.ChoosingTemplate ? null : interview };
    }

    /// <summary>Both stored layouts in one shape: the current fields, and the flat fields of the first release.</summary>
    private sealed record Stored
    {
        public Phase Phase { get; init; }

        public InterviewState? Interview { get; init; }

        public ImmutableList<FinishedReport> Reports { get; init; } = [];

        public SlotAnswer? Unit { get; init; }

        public ImmutableList<LoggedEntry> Log { get; init; } = [];

        public bool RemindersAllowed { get; init; }

        public DateTimeOffset? RemindedAt { get; init; }

        public int Step { get; init; }

        public long Version { get; init; }

        public DateTimeOffset UpdatedAt { get; init; }

        public string? TemplateId { get; init; }

        public int TemplateVersion { get; init; }

        public int Position { get; init; }

        public ImmutableDictionary<string, SlotAnswer> Answers { get; init; } = ImmutableDictionary<string, SlotAnswer>.Empty;

        public ImmutableList<int> History { get; init; } = [];

        public ImmutableList<string> PendingItems { get; init; } = [];

        public ImmutableList<NamedCount> PendingPairs { get; init; } = [];

        public DefaultsMode? PendingMode { get; init; }

        public int Failures { get; init; }

        public string? EditSection { get; init; }

        public string? ReturnPhase { get; init; }

        public int ResumePosition { get; init; }

        public bool NewAfterCancel { get; init; }

        public int? ReportIndex { get; init; }

        public ImmutableDictionary<string, SlotAnswer> PreviousAnswers { get; init; } = ImmutableDictionary<string, SlotAnswer>.Empty;

        public bool FillingGaps { get; init; }
    }
}
