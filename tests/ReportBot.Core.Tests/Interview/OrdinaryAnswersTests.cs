using ReportBot.Core.Drafting;
using ReportBot.Core.Tests.Support;

namespace ReportBot.Core.Tests.Interview;

/// <summary>
/// What a new user typed in a try-out, and the draft must still read as an office writes it: official unit names,
/// media written as a sentence, quoted themes, numbered lists on one line, the user's own 等, 暂无, ranges.
/// </summary>
public sealed class OrdinaryAnswersTests
{
    private const string Template = """
        ---
        id: ordinary
        version: 1
        name: 日常测试
        signoff: unit
        ---

        # {{period period | 报告期是？}}日常测试总结

        {{period.intro}}，{{unit unit | 单位名称是？}}认真开展工作，{{unit.all}}工作取得成效。

        ## 主要工作

        - [先后{{pairs media 篇 | 在哪些媒体发表了信息？ | 在{name}发表信息{count}篇}}。]
        - [共举办[{{list events | 举办了哪些活动？}}等]文化活动。]
        - [深入开展“第{{count ordinal 个 | 第几个宣传月？}}个{{text theme | 宣传月的主题？}}宣传月”活动。]
        - [组织学习{{count study 次 | 组织了几次学习？}}次。]
        - {{free extra | 还有其他要写进总结的工作吗？}}
        """;

    private static ChatScript Start() =>
        new ChatScript(catalog: Catalogs.Of(Template)).Send("/start").Press("日常测试").Answer("2020年上半年");

    private static string Draft(ChatScript chat) => ChatScript.Text(chat.Send("/draft").LastDraft.Draft);

    [Theory]
    [InlineData("中共红旗街道工作委员会", "红旗街道", "党工委", "中共红旗街道工作委员会")]
    [InlineData("中共红旗街道委员会", "红旗街道", "党委", "中共红旗街道委员会")]
    [InlineData("中国共产党向阳社区总支部委员会", "向阳社区", "党总支", "中共向阳社区总支部委员会")]
    [InlineData("中共实验小学支部委员会", "实验小学", "党支部", "中共实验小学支部委员会")]
    public void An_official_party_name_is_read_as_the_place_and_its_body(string typed, string place, string body, string signoff)
    {
        Assert.Equal((place, body), UnitNames.Split(typed));
        Assert.Equal(signoff, UnitNames.Form(place, body, "signoff"));
    }

    [Theory]
    [InlineData("红旗街道办事处", "红旗街道")]
    [InlineData("向阳社区居民委员会", "向阳社区")]
    [InlineData("向阳居民委员会", "向阳社区")]
    [InlineData("东风村村民委员会", "东风村")]
    [InlineData("东风村委会", "东风村")]
    [InlineData("青山镇人民政府", "青山镇")]
    public void An_office_name_is_read_as_its_place(string typed, string place) =>
        Assert.Equal((place, (string?)null), UnitNames.Split(typed));

    [Theory]
    [InlineData("实验小学", "全校")]
    [InlineData("人民医院", "全院")]
    [InlineData("红旗街道", "全街道")]
    [InlineData("Hongqi Street", "Hongqi Street")]
    public void The_whole_unit_is_named_as_an_office_says_it(string place, string all) =>
        Assert.Equal(all, UnitNames.Form(place, "党委", "all"));

    [Fact]
    public void An_official_name_in_the_chat_gives_a_clean_draft_and_sign_off()
    {
        var chat = Start().Send("中共红旗街道工作委员会").Expect("已记录：红旗街道（党工委）");
        var draft = chat.Send("/draft").LastDraft.Draft;
        Assert.Contains("全街道工作取得成效", ChatScript.Text(draft), StringComparison.Ordinal);
        Assert.Equal("中共红旗街道工作委员会", draft.SignOff!.Unit);
    }

    [Theory]
    [InlineData("党总支")]
    [InlineData("党委")]
    [InlineData("中共")]
    public void A_party_body_alone_asks_for_the_unit(string typed)
    {
        var chat = Start().Send(typed).Expect("还缺单位名称").ExpectNot("只有一个字");
        Assert.False(chat.Answers.ContainsKey("unit"));
    }

    [Theory]
    [InlineData("在《红旗日报》发表信息3篇")]
    [InlineData("《红旗日报》发表3篇")]
    [InlineData("《红旗日报》刊发稿件3篇")]
    [InlineData("在《红旗日报》上发表了3篇")]
    [InlineData("于《红旗日报》刊登信息 3篇")]
    public void A_media_line_written_as_a_sentence_keeps_only_the_name(string typed)
    {
        var chat = Start().Send("红旗街道党工委").Send(typed).Expect("已记录1条").Send("完成");
        var text = Draft(chat);
        Assert.Contains("先后在《红旗日报》发表信息3篇。", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("“民族团结进步宣传月”")]
    [InlineData("“民族团结进步”")]
    [InlineData("民族团结进步月")]
    [InlineData("《民族团结进步》")]
    [InlineData("民族团结进步宣传月")]
    public void A_theme_prints_once_inside_the_templates_quotes(string typed)
    {
        var chat = Start().Send("红旗街道党工委").Send("/skip").Send("/skip").Answer("38").Send(typed);
        Assert.Equal("民族团结进步", chat.Answers["theme"].Text);
        Assert.Contains("深入开展“第38个民族团结进步宣传月”活动。", Draft(chat), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.读书会 2.书法展 3.电影放映")]
    [InlineData("1、读书会 2、书法展 3、电影放映")]
    [InlineData("（1）读书会（2）书法展（3）电影放映")]
    [InlineData("①读书会②书法展③电影放映")]
    [InlineData("读书会，书法展，电影放映")]
    [InlineData("读书会、书法展、电影放映等")]
    [InlineData("读书会；书法展；电影放映等等")]
    public void A_list_on_one_line_is_split_into_its_items(string typed)
    {
        var chat = Start().Send("红旗街道党工委").Send("/skip").Send(typed).Send("完成");
        Assert.Equal(3, chat.Answers["events"].Items!.Count);
        Assert.Contains("共举办读书会、书法展、电影放映等文化活动。", Draft(chat), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("“我们的节日”“道德讲堂”等活动")]
    [InlineData("“我们的节日”“道德讲堂”等")]
    public void The_users_own_etc_is_not_doubled(string typed)
    {
        var chat = Start().Send("红旗街道党工委").Send("/skip").Send(typed).Send("完成");
        Assert.Contains("共举办“我们的节日”“道德讲堂”等文化活动。", Draft(chat), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.5万字的读书笔记展")]
    [InlineData("3、4月份的读书会")]
    [InlineData("男女平等宣传会")]
    public void Numbers_and_words_inside_one_item_do_not_split_it(string typed)
    {
        var chat = Start().Send("红旗街道党工委").Send("/skip").Send(typed).Send("完成");
        Assert.Equal([typed], chat.Answers["events"].Items!);
    }

    [Theory]
    [InlineData("暂无")]
    [InlineData("否")]
    [InlineData("没有其他")]
    public void Saying_there_is_nothing_more_writes_nothing(string typed)
    {
        var chat = Start().Send("红旗街道党工委").Send("/skip").Send("/skip").Send("/skip").Send("/skip").Send("/skip")
            .Expect("还有其他要写进总结的工作吗？").Send(typed).Expect("没有补充");
        Assert.Empty(chat.Answers["extra"].Items!);
        Assert.DoesNotContain(typed + "。", Draft(chat), StringComparison.Ordinal);
    }

    [Fact]
    public void Saying_yes_to_more_work_asks_for_the_work_itself()
    {
        var chat = Start().Send("红旗街道党工委").Send("/skip").Send("/skip").Send("/skip").Send("/skip").Send("/skip");
        chat.Send("有").Expect("请直接发送具体内容");
        chat.Send("开展网格员培训").Expect("已记录1条").Send("完成");
        Assert.Equal(["开展网格员培训"], chat.Answers["extra"].Items!);
    }

    [Theory]
    [InlineData("12")]
    [InlineData("2期")]
    [InlineData("三百多人次")]
    [InlineData("12次")]
    public void An_item_that_is_no_work_is_suggested_away(string typed)
    {
        var chat = Start().Send("红旗街道党工委").Send("/skip").Send("/skip").Send("/skip").Send("/skip").Send("/skip");
        chat.Send("开展网格员培训").Send(typed).Send("完成").Expect("看起来不是一项工作").Press("用建议的写法");
        Assert.Equal(["开展网格员培训"], chat.Answers["extra"].Items!);
    }

    [Theory]
    [InlineData("两三次", 3, "2到3")]
    [InlineData("三四次", 4, "3到4")]
    [InlineData("2到3次", 3, "2到3")]
    [InlineData("3-4次", 4, "3到4")]
    [InlineData("三至五次", 5, "3到5")]
    [InlineData("二三十次", 30, "20到30")]
    public void A_range_is_offered_as_its_upper_end(string typed, int upper, string said)
    {
        var chat = Start().Send("红旗街道党工委").Send("/skip").Send("/skip").Send("/skip").Send("/skip");
        chat.Expect("组织了几次学习？").Send(typed).Expect($"是个范围（{said}）").Expect($"写作“{upper}次”");
        Assert.False(chat.Answers.ContainsKey("study"));
        chat.Press("就这样写");
        Assert.Equal(upper, chat.Answers["study"].Number);
    }

    [Theory]
    [InlineData("九十次", 90)]
    [InlineData("二十三次", 23)]
    [InlineData("2020次", 2020)]
    public void Numbers_that_look_like_ranges_are_numbers(string typed, int value)
    {
        var chat = Start().Send("红旗街道党工委").Send("/skip").Send("/skip").Send("/skip").Send("/skip").Send(typed);
        Assert.Equal(value, chat.Answers["study"].Number);
    }

    [Fact]
    public void A_range_in_a_media_line_asks_for_one_number()
    {
        Start().Send("红旗街道党工委").Send("人民网 两三篇").Expect("是个范围");
        Start().Send("红旗街道党工委").Send("人民网 2到3篇").Expect("是个范围");
    }
}
