using ReportBot.Core.Answers;
using ReportBot.Core.Drafting;
using ReportBot.Core.Interview;
using ReportBot.Core.Tests.Support;

namespace ReportBot.Core.Tests.Drafting;

/// <summary>
/// A medium named twice in a pairs answer is one medium in the draft.
/// </summary>
public sealed class MediaMergeTests
{
    private static string Draft(Dictionary<string, SlotAnswer> answers, string template = "ideology") =>
        ChatScript.Text(DraftBuilder.Build(Catalogs.Prompts.Find(template)!, answers, new DateOnly(2026, 12, 1)));

    [Fact]
    public void The_same_medium_given_twice_is_one_medium_with_the_counts_added()
    {
        var answers = SampleAnswers.Ideology();
        answers["media"] = new()
        {
            Pairs = [new("《红旗日报》", 3), new("《社区通讯》", 5), new("学习强国", 10), new("《红旗日报》 ", 2), new("学习强国平台", 1, CountQualifier.About)],
        };
        var text = Draft(answers);
        Assert.Contains("先后在《红旗日报》发表信息5篇、在《社区通讯》发表信息5篇、在“学习强国”学习平台发表信息约11篇，", text, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "《红旗日报》"));
    }
}
