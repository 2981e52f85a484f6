using System.Text.RegularExpressions;
using ReportBot.Core.Drafting;
using ReportBot.Core.Interview;
using ReportBot.Core.Tests.Support;

namespace ReportBot.Core.Tests.Drafting;

/// <summary>
/// Issue 10: the three templates, answered completely by a scripted user for a 街道 and for a 社区, read the way a
/// 办公室主任 reads a draft before it goes to the 党工委书记.
/// </summary>
public sealed partial class OfficeReviewTests
{
    public static TheoryData<string, string, string, string> Drafts() => new()
    {
        { "意识形态工作总结", "红旗街道党工委", "红旗街道", "中共红旗街道工作委员会" },
        { "意识形态工作总结", "向阳社区党委", "向阳社区", "中共向阳社区委员会" },
        { "党建工作总结", "红旗街道党工委", "红旗街道", "中共红旗街道工作委员会" },
        { "党建工作总结", "向阳社区党委", "向阳社区", "中共向阳社区委员会" },
        { "安全生产工作总结", "红旗街道党工委", "红旗街道", "红旗街道办事处" },
        { "安全生产工作总结", "向阳社区党委", "向阳社区", "向阳社区居民委员会" },
    };

    [Theory]
    [MemberData(nameof(Drafts))]
    public void A_complete_draft_passes_the_reviewers_marks(string template, string unit, string place, string signOff)
    {
        var draft = ScriptedUser.Complete(template, unit);
        var body = ScriptedUser.Body(draft);

        Assert.False(DoubledBody().IsMatch(body), "A party body is doubled: " + DoubledBody().Match(body).Value);
        if (place.EndsWith("街道", StringComparison.Ordinal))
        {
            Assert.DoesNotContain("党委", body, StringComparison.Ordinal);
        }

        var mentions = Regex.Count(body, place);
        Assert.True(mentions <= 2, $"The full name {place} appears {mentions} times in the body.");
        Assert.DoesNotContain("今年", body, StringComparison.Ordinal);
        Assert.DoesNotContain("截至目前", body, StringComparison.Ordinal);
        foreach (Match yu in Yu().Matches(body))
        {
            Assert.True(int.Parse(yu.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) % 10 == 0, $"余 on a number that is not round: {yu.Value}");
        }

        Assert.DoesNotContain("％", body, StringComparison.Ordinal);
        Assert.Equal(signOff, draft.SignOff!.Unit);
        Assert.Matches("^2020年7月([1-9]|[12][0-9]|3[01])日$", draft.SignOff.Date);
        Assert.StartsWith("2020年上半年，" + place, body.Split('\n')[0], StringComparison.Ordinal);
        Assert.DoesNotContain("学习强国发表", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_community_says_what_a_community_has()
    {
        var body = ScriptedUser.Body(ScriptedUser.Complete("意识形态工作总结", "向阳社区党委"));
        Assert.Contains("党委书记认真履行意识形态工作第一责任人职责", body, StringComparison.Ordinal);
        Assert.Contains("党委班子成员和各网格党组织书记", body, StringComparison.Ordinal);
        Assert.Contains("组织党委理论学习中心组学习3次", body, StringComparison.Ordinal);
        Assert.Contains("对辖区资源的挖掘利用", body, StringComparison.Ordinal);
        Assert.DoesNotContain("党工委", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Time_wording_of_a_period_still_running_says_this_year()
    {
        var draft = ScriptedUser.Complete("意识形态工作总结", "红旗街道党工委", "2026年下半年");
        Assert.StartsWith("今年下半年以来，红旗街道", ScriptedUser.Body(draft), StringComparison.Ordinal);
        Assert.Contains("截至10月底", ScriptedUser.Body(draft), StringComparison.Ordinal);
        Assert.Contains("党的二十大和二十届二中、三中、四中全会精神", ScriptedUser.Body(draft), StringComparison.Ordinal);
    }

    [Fact]
    public void Platforms_typed_bare_are_named_in_quotes()
    {
        var body = ScriptedUser.Body(ScriptedUser.Complete("意识形态工作总结", "红旗街道党工委"));
        Assert.Contains("在《红旗日报》发表信息3篇、在“学习强国”学习平台发表信息2篇", body, StringComparison.Ordinal);
    }

    [Fact]
    public void An_approximate_answer_that_is_not_round_prints_without_yu()
    {
        var body = ScriptedUser.Body(ScriptedUser.Complete("意识形态工作总结", "红旗街道党工委"));
        Assert.Contains("开展宣传活动52场（次）", body, StringComparison.Ordinal);
        Assert.DoesNotContain("52余", body, StringComparison.Ordinal);
    }

    [GeneratedRegex("(党工委|党委|党总支|党支部)(党工委|党委|党总支|党支部)")]
    private static partial Regex DoubledBody();

    [GeneratedRegex(@"(\d+)余")]
    private static partial Regex Yu();
}
