using ReportBot.Core.Interview;
using ReportBot.Core.Tests.Support;

namespace ReportBot.Core.Tests.Interview;

/// <summary>Issue 8, items 9, 12–14 and 17: ordinary answers and commands are understood, odd ones questioned.</summary>
public sealed class WhatPeopleTypeTests
{
    private const string ThemeTemplate = """
        ---
        id: theme
        version: 1
        name: 主题测试
        signoff: unit
        ---

        # {{period period | 报告期是？}}主题测试总结

        {{text unit | 单位名称是？}}认真开展工作。

        ## 主要工作

        - 深入开展[“第{{count ordinal 个 | 第几个宣传月？}}个{{text theme | 宣传月的主题？}}宣传月”]活动。
        - 组织学习{{count study 次 | 组织了几次学习？}}次。
        """;

    private static ChatScript Theme() =>
        new ChatScript(catalog: Catalogs.Of(ThemeTemplate)).Send("/start").Press("主题测试").Answer("2020年上半年", "红旗街道", "38");

    [Theory]
    [InlineData("民族团结进步宣传月")]
    [InlineData("民族团结进步宣传")]
    public void A_theme_that_repeats_the_templates_words_is_trimmed_and_says_so(string typed)
    {
        var chat = Theme().Send(typed).Expect("模板中已有，已去掉");
        Assert.Equal("民族团结进步", chat.Answers["theme"].Text);
        chat.Send("3").Send("/draft");
        Assert.Contains("“第38个民族团结进步宣传月”", ChatScript.Text(chat.LastDraft.Draft), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("。。")]
    [InlineData("街")]
    public void A_unit_name_without_words_is_questioned_and_the_user_can_insist(string typed)
    {
        var chat = SmallTemplate.Start().Answer("2026年上半年");
        chat.Send(typed).Expect("确定这样写吗？").Expect("[就这样写]").Expect("[重新填写]");
        Assert.False(chat.Answers.ContainsKey("unit"));
        chat.Press("就这样写").Expect("组织了几次学习？");
        Assert.Equal(typed, chat.Answers["unit"].Text);
    }

    [Fact]
    public void A_questioned_answer_can_be_typed_again_instead()
    {
        var chat = SmallTemplate.Start().Answer("2026年上半年").Send("1").Send("红旗街道").Expect("已记录：红旗街道");
        Assert.Equal("红旗街道", chat.Answers["unit"].Text);
        chat.Send("/back").Press("保持不变").Expect("组织了几次学习？");
    }

    [Theory]
    [InlineData("／status")]
    [InlineData("/status")]
    [InlineData(" ／STATUS ")]
    [InlineData("/status@ReportBot")]
    public void Commands_work_with_the_full_width_slash_of_chinese_input_methods(string typed)
    {
        SmallTemplate.Start().Answer("2026年上半年").Send(typed).Expect("进度").Expect("单位名称是？");
    }

    [Fact]
    public void A_command_argument_follows_the_command()
    {
        var chat = SmallTemplate.Start().Answer("2026年上半年", "红旗街道");
        chat.Send("／date 2026年7月5日").Expect("落款日期改为2026年7月5日");
        chat.Send("落款日期 2026-07-08").Expect("落款日期改为2026年7月8日");
        chat.Send("/draft");
        Assert.Equal("2026年7月8日", chat.LastDraft.Draft.SignOff!.Date);
        chat.Send("/date 自动").Expect("按报告期自动确定");
        chat.Send("/date 明天吧").Expect("没能识别这个日期");
    }

    [Theory]
    [InlineData("采用", DefaultsMode.Keep)]
    [InlineData("采用模板内容", DefaultsMode.Keep)]
    [InlineData("1", DefaultsMode.Keep)]
    [InlineData("替换", DefaultsMode.Replace)]
    [InlineData("2", DefaultsMode.Replace)]
    [InlineData("补充", DefaultsMode.Extend)]
    [InlineData("3", DefaultsMode.Extend)]
    public void The_defaults_choice_is_typed_as_a_word_or_its_number_and_the_template_lines_are_not_numbered(string typed, DefaultsMode mode)
    {
        var chat = SmallTemplate.Start().Answer("2026年上半年", "红旗街道", "3", "2", "10", "98%").Send("读书会").Send("完成");
        chat.Expect("· 学习不够深入。").ExpectNot("1. 学习不够深入");
        chat.Send(typed);
        if (mode == DefaultsMode.Keep)
        {
            Assert.Equal(DefaultsMode.Keep, chat.Answers["problems"].Mode);
            return;
        }

        chat.Send("队伍力量薄弱").Send("完成");
        Assert.Equal(mode, chat.Answers["problems"].Mode);
        Assert.Equal(["队伍力量薄弱"], chat.Answers["problems"].Items);
    }

    [Fact]
    public void History_lines_name_their_command_so_a_typed_number_stays_an_answer()
    {
        var chat = SmallTemplate.Start().Answer("2026年上半年", "红旗街道", "3", "2", "10", "98%").Send("读书会").Send("完成");
        chat.Press("采用模板内容").Press("生成草稿").Send("/new").Press("测试工作总结").Answer("2026年下半年", "红旗街道");
        chat.Send("/history").Expect("—— /history 1").ExpectNot("1. 2026");
        chat.Send("1").Expect("已记录：1次");
        Assert.Equal(1, chat.Answers["study"].Number);
        chat.Send("/history 1").Expect("以上是《2026年上半年测试工作总结》");
        Assert.Contains("组织学习3次", ChatScript.Text(chat.LastDraft.Draft), StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_tells_the_user_to_click_where_typing_is_the_way()
    {
        var chat = SmallTemplate.Start().Answer("2026年上半年", "红旗街道").Send("很多").Send("很多").Send("很多");
        chat.ExpectNot("点“").ExpectNot("请点选").Expect("回复“跳过”");
        chat.Send("跳过").Expect("已跳过");
    }

    [Fact]
    public void Status_names_the_section_without_doubled_brackets()
    {
        SmallTemplate.Start().Answer("2026年上半年", "红旗街道").Send("/status").Expect("第3/8题：（一）抓好学习").ExpectNot("（（");
    }

    [Fact]
    public void A_draft_during_an_edit_of_a_complete_report_is_not_marked_unfinished()
    {
        var chat = SmallTemplate.Start().Answer("2026年上半年", "红旗街道", "3", "2", "10", "98%").Send("读书会").Send("完成");
        chat.Press("采用模板内容").Press("生成草稿").Send("/edit").Press("（一）抓好学习").Send("/draft");
        Assert.True(chat.LastDraft.Complete);
        Assert.Empty(chat.LastDraft.Draft.Unanswered);
    }

    [Fact]
    public void A_draft_midway_lists_the_sections_still_open()
    {
        var chat = SmallTemplate.Start().Answer("2026年上半年", "红旗街道", "3").Send("/draft");
        Assert.False(chat.LastDraft.Complete);
        Assert.Equal(["（一）抓好学习", "（二）抓好宣传", "二、存在的问题"], chat.LastDraft.Draft.Unanswered);
    }

    [Fact]
    public void The_sign_off_date_of_a_past_period_is_shortly_after_it()
    {
        var chat = SmallTemplate.Start().Answer("2020年上半年", "红旗街道").Send("/draft");
        Assert.Equal("2020年7月10日", chat.LastDraft.Draft.SignOff!.Date);
        chat = SmallTemplate.Start().Answer("2026年下半年", "红旗街道").Send("/draft");
        Assert.Equal("2026年11月29日", chat.LastDraft.Draft.SignOff!.Date);
    }
}
