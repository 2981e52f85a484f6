using ReportBot.Core.Drafting;
using ReportBot.Core.Interview;
using ReportBot.Core.Tests.Support;

namespace ReportBot.Core.Tests.Drafting;

/// <summary>Issue 10, items 4–8: only confirmed facts, lists not repeated, written register, unfinished drafts marked.</summary>
public sealed class ReviewerMarksTests
{
    private const string Lists = """
        ---
        id: lists
        version: 1
        name: 活动工作总结
        signoff: unit
        ---

        # {{period period | 报告期是？}}活动工作总结

        {{period.intro}}，{{unit unit | 单位名称是？}}认真开展各项工作。

        ## 主要工作

        ### 丰富文化生活。

        - [举办{{list culture | 举办了哪些文化活动？}}等文化活动。]
        - [开展{{list series | 开展了哪些系列活动？}}等系列活动。]
        - [{{confirm youth | 是否组织青少年参加了社会实践？}}组织青少年参加社会实践。]
        - {{free more | 还有其他工作吗？}}

        ### 加强安全检查。

        - [排查隐患{{count hazards 处 | 排查隐患多少处？}}处][，整改率达{{percent rate | 整改率是多少？}}%][{{if rate < 100}}，对一时难以整改的隐患落实管控措施]。
        """;

    private static ChatScript Start() =>
        new ChatScript(catalog: Catalogs.Of(Lists)).Send("/start").Press("活动工作总结").Answer("2020年上半年", "红旗街道党工委");

    [Fact]
    public void A_fact_answered_no_is_left_out_of_the_draft()
    {
        var chat = Start().Send("读书会").Send("完成").Send("演讲比赛").Send("完成").Press("否").Send("完成").Send("3").Send("100%").Send("/draft");
        var text = ChatScript.Text(chat.LastDraft.Draft);
        Assert.DoesNotContain("社会实践", text, StringComparison.Ordinal);
        Assert.Contains("举办读书会等文化活动", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("100%", false)]
    [InlineData("96.5%", true)]
    public void Conditional_text_follows_the_answer_it_depends_on(string rate, bool printed)
    {
        var chat = Start().Send("读书会").Send("完成").Send("演讲比赛").Send("完成").Press("是").Send("完成").Send("3").Send(rate).Send("/draft");
        var text = ChatScript.Text(chat.LastDraft.Draft);
        Assert.Equal(printed, text.Contains("对一时难以整改的隐患落实管控措施", StringComparison.Ordinal));
        Assert.Contains("排查隐患3处", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_activities_in_two_lists_are_pointed_out_and_the_user_decides()
    {
        var chat = Start().Send("读书会\n演讲比赛").Send("完成").Send("读书会\n演讲比赛\n道德讲堂").Send("完成");
        chat.Expect("已经写在“举办了哪些文化活动？”里，两处都写会重复").Expect("[用建议的写法]").Expect("[就按我写的]");
        Assert.False(chat.Answers.ContainsKey("series"));
        chat.Press("用建议的写法");
        Assert.Equal(["道德讲堂"], chat.Answers["series"].Items);
    }

    [Fact]
    public void Spoken_words_emoji_and_chinese_counts_get_a_written_suggestion_the_user_may_refuse()
    {
        var chat = Start().Send("读书会").Send("完成").Send("演讲比赛").Send("完成").Press("是");
        chat.Send("我们社区搞了个读书会，效果还不错👍").Send("每季度向上级报告一次").Send("完成");
        chat.Expect("有的说法偏口语").Expect("正式文稿里不用表情符号").Expect("次数宜用阿拉伯数字")
            .Expect("· 社区开展了读书会，取得了良好效果").Expect("· 每季度向上级报告1次");
        chat.Press("用建议的写法");
        Assert.Equal(["社区开展了读书会，取得了良好效果", "每季度向上级报告1次"], chat.Answers["more"].Items);

        chat.Send("/back").Press("清空重填").Send("我们搞了个读书会").Send("完成").Press("就按我写的");
        Assert.Equal(["我们搞了个读书会"], chat.Answers["more"].Items);
    }

    [Fact]
    public void A_line_repeated_many_times_is_offered_once()
    {
        var chat = Start().Send("读书会").Send("完成").Send("演讲比赛").Send("完成").Press("是");
        chat.Send(string.Join("\n", Enumerable.Repeat("开展读书会", 40))).Send("完成").Expect("有39条重复").Press("用建议的写法");
        Assert.Equal(["开展读书会"], chat.Answers["more"].Items);
    }

    [Fact]
    public void Quoted_names_are_never_rewritten()
    {
        var chat = Start().Send("“我们的节日”").Send("完成");
        Assert.Equal(["“我们的节日”"], chat.Answers["culture"].Items);
    }

    [Fact]
    public void An_unfinished_draft_marks_its_open_sections_and_its_opening_names_only_what_it_covers()
    {
        var chat = Start().Send("读书会").Send("完成").Send("/draft");
        var draft = chat.LastDraft.Draft;
        var text = ChatScript.Text(draft);
        Assert.Contains("【待补充：这一部分还有3题未回答】", text, StringComparison.Ordinal);
        Assert.Contains("【待补充：这一部分还有2题未回答】", text, StringComparison.Ordinal);
        Assert.False(chat.LastDraft.Complete);
        Assert.Equal(["（一）丰富文化生活", "（二）加强安全检查"], draft.Unanswered);
    }

    [Fact]
    public void The_opening_of_an_unfinished_draft_lists_only_the_work_areas_it_covers()
    {
        var chat = new ChatScript().Send("/start").Press("意识形态工作总结").Answer("2020年上半年", "红旗街道党工委");
        chat.Press("是").Send("4").Press("是").Send("12").Press("是").Send("完成").Send("/draft");
        var opening = ((DraftParagraph)chat.LastDraft.Draft.Blocks[0]).Text;
        Assert.Contains("重点围绕压实主体责任等方面扎实开展工作", opening, StringComparison.Ordinal);
        Assert.DoesNotContain("加强政治理论学习", opening, StringComparison.Ordinal);
        Assert.Contains("【待补充：这一部分还有8题未回答】", ChatScript.Text(chat.LastDraft.Draft), StringComparison.Ordinal);
    }
}
