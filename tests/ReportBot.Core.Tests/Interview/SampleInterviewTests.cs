using ReportBot.Core.Drafting;
using ReportBot.Core.Interview;
using ReportBot.Core.Tests.Support;

namespace ReportBot.Core.Tests.Interview;

/// <summary>The whole sample report, answered the way people type: Chinese numerals, full-width digits, units.</summary>
public sealed class SampleInterviewTests
{
    public static ChatScript AnswerEverything(ChatScript chat)
    {
        chat.Send("/start").Expect("请选择要写的报告").Press("意识形态工作总结").Expect("报告期是？");
        chat.Answer("2020年上半年").Send("红旗街道").Expect("红旗街道的党组织是？").Press("党工委");
        chat.Press("是").Answer("4次").Press("是").Answer("12份").Press("是").Expect("关于落实意识形态工作责任制").Send("完成");
        chat.Answer("三次", "２", "六 次", "4次", "五", "十二", "二十四", "壹拾伍").Expect("政治理论学习").Send("完成");
        chat.Send("《红旗日报》 7篇\n《红旗发布》（今日头条） 9篇").Expect("已记录2条").Send("《社区通讯》 十一篇").Expect("已记录3条").Send("完成");
        chat.Answer("两百零五");
        chat.Send("“我爱祖国”绘画比赛\n迎新春联谊会").Press("完成");
        chat.Answer("8场");
        chat.Send("“我们的节日”").Send("“道德讲堂”").Send("完成");
        chat.Answer("16").Press("是").Send("完成");
        chat.Answer("41件", "百分之九十八", "38", "民族团结进步", "50多", "13").Press("是").Answer("一百零八").Press("是");
        chat.Send("开展禁毒知识进校园活动").Send("完成");
        chat.Expect("存在的问题").Press("采用模板内容");
        chat.Press("补充我的内容").Send("加强网格员队伍建设").Press("完成");
        return chat;
    }

    [Fact]
    public void A_scripted_interview_produces_the_sample_structure_with_every_answer_in_place()
    {
        var chat = AnswerEverything(new ChatScript());
        chat.Expect("全部问题已回答").Expect("二、存在的问题 —— 采用模板内容").Press("生成草稿");

        var draft = chat.LastDraft;
        Assert.True(draft.Complete);
        var text = ChatScript.Text(draft.Draft);
        Assert.Equal("2020年上半年意识形态工作总结", draft.Draft.Title);
        // A past period is named, never "今年"; the opening lists the work areas the draft covers.
        Assert.StartsWith("2020年上半年，红旗街道", ((DraftParagraph)draft.Draft.Blocks[0]).Text, StringComparison.Ordinal);
        Assert.Contains("重点围绕压实主体责任、加强政治理论学习、坚持正面宣传、筑牢思想防线等方面", ((DraftParagraph)draft.Draft.Blocks[0]).Text, StringComparison.Ordinal);
        var headings = draft.Draft.Blocks.OfType<DraftHeading>().Select(h => h.FullText).ToList();
        Assert.Equal(["一、主要工作完成情况", "二、存在的问题", "三、下一步工作打算"], headings);
        var runIns = draft.Draft.Blocks.OfType<DraftParagraph>().Where(p => p.RunIn is not null).Select(p => p.RunIn!.Number).ToList();
        Assert.Equal(["（一）", "（二）", "（三）", "（四）"], runIns);
        string[] expected =
        [
            "召开意识形态专题会议3次、意识形态分析研判会2次", "组织“主题党日”活动6次，领导干部讲党课4次，开展专题研讨5次",
            "组织党工委理论学习中心组学习12次，开展政治理论学习24次", "各类培训讲座15场（次）",
            "一是党工委书记认真履行意识形态工作第一责任人职责，主持召开党工委会议专题研究意识形态工作4次", "二是党工委班子成员和各社区党组织书记",
            "逐级签订意识形态工作责任书12份，明确专职通讯员", "深入学习贯彻党的十九大和十九届二中、三中、四中全会精神",
            "先后在《红旗日报》发表信息7篇、在《红旗发布》（今日头条）发表信息9篇、在《社区通讯》发表信息11篇",
            "发布各类信息205篇", "共举办“我爱祖国”绘画比赛、迎新春联谊会等文化活动8场（次）", "开展“我们的节日”“道德讲堂”等系列活动16场（次）",
            "共排查调处矛盾纠纷41件，调处率达98%", "“第38个民族团结进步宣传月”", "开展宣传活动50余场（次）、专题讲座13场（次）",
            "开展扫黑除恶专项斗争宣传活动108次", "五是开展禁毒知识进校园活动。", "四是加强网格员队伍建设。",
            "三是对外宣传不够深入，对辖区资源", "截至6月底，共举办", "结合假期组织辖区青少年参加社会实践", "建立基层社会治理联动机制",
        ];
        foreach (var fragment in expected)
        {
            Assert.True(text.Contains(fragment, StringComparison.Ordinal), $"Missing “{fragment}” in:\n{text}");
        }

        Assert.DoesNotContain("X", text, StringComparison.Ordinal);
        // A report on a past period is signed shortly after it, not on the day the bot ran.
        Assert.Equal(new DraftSignOff("中共红旗街道工作委员会", "2020年7月10日"), draft.Draft.SignOff);
    }

    [Fact]
    public void Every_question_shows_where_the_user_is()
    {
        var chat = new ChatScript().Send("/start").Press("意识形态工作总结");
        Assert.Equal("基本信息 · 第1/37题", chat.Last.OfType<TextReply>().Last().Context);
        chat.Answer("2020年上半年", "红旗街道党工委");
        Assert.Equal("（一）压实主体责任 · 第3/37题", chat.Last.OfType<TextReply>().Last().Context);
    }
}
