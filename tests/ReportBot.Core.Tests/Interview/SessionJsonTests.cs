using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ReportBot.Core.Answers;
using ReportBot.Core.Conversations;
using ReportBot.Core.Interview;

namespace ReportBot.Core.Tests.Interview;

/// <summary>What is stored of a session: the fields, not what follows from them, in the stored format.</summary>
public class SessionJsonTests
{
    /// <summary>The stored format as the reflection-based serialiser writes it (how sessions were written before the generated one).</summary>
    private static readonly JsonSerializerOptions Reflection = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly ConversationState State = new()
    {
        Phase = Phase.Asking,
        Interview = new InterviewState
        {
            TemplateId = "ideology",
            Position = 3,
            Answers = ImmutableDictionary<string, SlotAnswer>.Empty
                .Add("meetings", new SlotAnswer { Number = 0 })
                .Add("media", new SlotAnswer { Pairs = [new NamedCount("红旗日报", 3)] }),
            Collecting = new AnswerInProgress { Items = ["读书会"], Candidates = [new Candidate("8场", new SlotAnswer { Number = 8 })] },
        },
    };

    [Fact]
    public void Derived_properties_are_not_written()
    {
        var json = SessionJson.Serialize(State);

        Assert.DoesNotContain("isEmpty", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"choosing\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"count\":1", json, StringComparison.Ordinal);
        Assert.Contains("\"number\":0", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Sessions_stored_with_derived_properties_still_read()
    {
        var json = SessionJson.Serialize(State);
        var older = json
            .Replace("\"number\":0", "\"number\":0,\"isEmpty\":true", StringComparison.Ordinal)
            .Replace("\"restart\":false", "\"restart\":false,\"choosing\":true,\"count\":1", StringComparison.Ordinal);
        Assert.NotEqual(json, older);

        var read = SessionJson.Deserialize(older);

        Assert.Equal(json, SessionJson.Serialize(read));
        Assert.True(read.Interview!.Answers["meetings"].IsEmpty);
        Assert.True(read.Interview.Collecting!.Choosing);
    }

    /// <summary>The session as the reflection-based serialiser writes it; the model-based test compares every state it reaches.</summary>
    public static string ByReflection(ConversationState state) => JsonSerializer.Serialize(state, Reflection);

    [Fact]
    public void The_generated_serialiser_writes_what_the_reflection_based_one_wrote()
    {
        var full = State with
        {
            Unit = new SlotAnswer { Text = "红旗街道", Body = "党工委" },
            RemindersAllowed = true,
            RemindedAt = new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.FromHours(8)),
            Step = 7,
            Version = 3,
            UpdatedAt = new DateTimeOffset(2026, 6, 2, 9, 30, 0, TimeSpan.Zero),
            Reports = [new FinishedReport("ideology", 2, "2026年上半年意识形态工作总结", State.Interview!.Answers, DateTimeOffset.UnixEpoch, Complete: false)],
            Log = [new LoggedEntry(1, "ideology", new ReportBot.Core.WorkLog.LogEntry("meetings", new DateOnly(2026, 3, 1), "开会“学习”\n<b>") { Count = 2, Qualifier = CountQualifier.About, Alternatives = ["a"] }, DateTimeOffset.UnixEpoch)],
            Interview = State.Interview with
            {
                History = [1, 2, 3],
                Edit = new EditInProgress("s1", 4, State.Interview.Answers),
                ReportIndex = 0,
                PreviousAnswers = State.Interview.Answers.Add("rate", new SlotAnswer { Percent = 98.5m, Mode = DefaultsMode.Extend, FromLog = true, Items = ["x"] }),
                Prefilled = ["rate"],
                FillingGaps = true,
                SignOffDate = new DateOnly(2026, 7, 10),
                Failures = 2,
            },
        };

        Assert.Equal(ByReflection(full), SessionJson.Serialize(full));
        Assert.Equal(ByReflection(new ConversationState()), SessionJson.Serialize(new ConversationState()));
    }
}
