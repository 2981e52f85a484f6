using ReportBot.Core.Tests.Support;
using ReportBot.Core.WorkLog;

namespace ReportBot.Core.Tests.WorkLog;

/// <summary>Each trap of the issue, phrased otherwise than in the evaluation set.</summary>
public sealed class NeverCountedTests
{
    private static readonly DateOnly MessageDate = new(2026, 6, 19);

    [Theory]
    [InlineData("下月初拟组织开展反邪教宣传活动")]
    [InlineData("请各支部于月底前上报主题党日活动开展情况")]
    [InlineData("近期将邀请区委党校老师来街道讲党课")]
    [InlineData("意识形态专题会议定于下周二召开")]
    [InlineData("明天下午举办“七彩童年”绘画比赛")]
    [InlineData("关于召开意识形态分析研判会的通知")]
    [InlineData("【通知】\n本周五下午召开意识形态专题会议")]
    [InlineData("原定周四的意识形态分析研判会取消")]
    [InlineData("禁毒知识讲座因场地原因暂停")]
    [InlineData("受降雨影响，今天的文艺演出延期举行")]
    [InlineData("稿件已投《红城日报》，待刊发")]
    [InlineData("本季度没有召开意识形态专题会议")]
    [InlineData("这个月开展了多少场禁毒宣传活动")]
    [InlineData("禁毒宣传月活动方案正在起草")]
    public void Plans_notices_cancellations_denials_and_unpublished_articles_file_nothing(string message)
    {
        var reading = WorkLogReader.ReadWithNotes(Catalogs.Ideology, message, MessageDate);
        Assert.Empty(reading.Entries);
        Assert.NotEmpty(reading.Notes); // the bot says why it filed nothing
    }

    [Theory]
    [InlineData("经验材料已报送《红城通讯》编辑部，目前审核中")]
    [InlineData("已向《红旗日报》投稿")]
    [InlineData("活动照片已发至工作群")]
    public void Articles_sent_but_not_printed_file_nothing(string message) =>
        Assert.Empty(WorkLogReader.Read(Catalogs.Ideology, message, MessageDate));

    [Theory]
    [InlineData("召开今年第四次意识形态专题会议", """{"slot": "topic_meetings", "count": 1}""")]
    [InlineData("第37个国际禁毒日来临之际，开展禁毒宣传活动3场", """{"slot": "prevention_events", "count": 3}""")]
    [InlineData("开展第三期政治理论学习", """{"slot": "theory_study", "count": 1}""")]
    [InlineData("开展禁毒宣传活动，参与群众200余人", """{"slot": "prevention_events", "count": 1}""")]
    [InlineData("举办家庭教育讲座，参加人数85人", """{"slot": "trainings", "count": 1}""")]
    [InlineData("组织主题党日活动，参加党员32名", """{"slot": "party_days", "count": 1}""")]
    [InlineData("调处矛盾纠纷9件，其中家庭纠纷5件、邻里纠纷4件", """{"slot": "disputes", "count": 9}""")]
    [InlineData("开展政治理论学习4次（集中学习2次、自学2次）", """{"slot": "theory_study", "count": 4}""")]
    [InlineData("开展禁毒宣传进校园2场、进社区3场，共5场", """{"slot": "prevention_events", "count": 5}""")]
    [InlineData("开展禁毒宣传活动3场、反邪教宣传活动2场", """{"slot": "prevention_events", "count": 5}""")]
    [InlineData("召开研判会两次", """{"slot": "analysis_meetings", "count": 2}""")]
    [InlineData("调处纠纷十二件", """{"slot": "disputes", "count": 12}""")]
    [InlineData("开展禁毒宣传活动三十余场", """{"slot": "prevention_events", "count": 30}""")]
    [InlineData("在《红城日报》发表信息3篇", """{"slot": "media", "name": "《红城日报》", "count": 3}""")]
    [InlineData("举办“童心向党”绘画比赛", """{"slot": "culture_events", "item": "“童心向党”绘画比赛"}""")]
    [InlineData("街道撰写的文章《小网格大治理》被《红城日报》采用", """{"slot": "media", "name": "《红城日报》", "count": 1}""")]
    [InlineData("精心策划，开展禁毒宣传活动2场", """{"slot": "prevention_events", "count": 2}""")]
    [InlineData("纠纷调解率达到百分之九十八", """{"slot": "mediation_rate", "value": 98}""")]
    [InlineData("开展数次禁毒宣传活动", """{"slot": "prevention_events", "ask": true}""")]
    [InlineData("大约开展了5次政治理论学习", """{"slot": "theory_study", "count": 5, "ask": true}""")]
    [InlineData("在市级报刊发表信息2篇", """{"slot": "media", "count": 2, "ask": true}""")]
    public void Counts_names_and_doubts_are_read_as_meant(string message, string expected)
    {
        var entries = WorkLogReader.Read(Catalogs.Ideology, message, MessageDate);
        Assert.Equal(expected, string.Join(", ", entries.Select(LogJson.Entry)));
    }

    [Fact]
    public void A_publicity_month_fills_its_ordinal_and_theme_as_values()
    {
        var entries = WorkLogReader.Read(Catalogs.Ideology, "开展第三十九个民族团结进步宣传月活动", MessageDate);
        Assert.Equal(
            """{"slot": "month_ordinal", "value": 39}, {"slot": "month_theme", "text": "民族团结进步"}""",
            string.Join(", ", entries.Select(LogJson.Entry)));
    }
}
