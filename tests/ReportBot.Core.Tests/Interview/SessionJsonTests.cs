using System.Collections.Immutable;
using ReportBot.Core.Answers;
using ReportBot.Core.Conversations;
using ReportBot.Core.Interview;

namespace ReportBot.Core.Tests.Interview;

/// <summary>What is stored of a session: the fields, not what follows from them.</summary>
public class SessionJsonTests
{
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
}
