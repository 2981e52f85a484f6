using ReportBot.Core.Templates;
using ReportBot.Core.Tests.Support;

namespace ReportBot.Core.Tests.Templates;

public sealed class WorkLogBlockTests
{
    // Lines 1–13; the block's first line is line 15.
    private const string Template = """
        ---
        id: t
        version: 1
        name: 测试
        ---

        # {{period period | 报告期是？}}测试

        - [召开专题会议{{count meetings 次 | 召开了几次专题会议？}}次]。
        - [举办[{{list events | 举办了哪些活动？}}等]活动{{count events_count 场 | 共几场？}}场]。
        - [在{{pairs media 篇 | 在哪些媒体发表了信息？ | {name}{count}篇}}发表信息]。
        - [调处率达{{percent rate | 调处率是多少？}}%]。
        - {{free extra | 还有吗？}}

        """;

    private static (ReportTemplate? Template, IReadOnlyList<TemplateError> Errors) Parse(params string[] lines) =>
        TemplateParser.TryParse("prompts/t.md", Template + "```工作记录\n" + string.Join("\n", lines) + "\n```\n");

    [Fact]
    public void A_block_at_the_end_is_carried_on_the_template()
    {
        var (template, errors) = Parse(
            "# 注释",
            "meetings: 专题会议, 专题会+意识形态 | 不含: 研判 | 显示: 专题会议",
            "events: 比赛, “道德讲堂” | 名称: “…”+关键词 | 计数: events_count",
            "media: 刊发, 发表 | 名称: 《…》");
        Assert.Empty(errors);
        Assert.Equal(["meetings", "events", "media"], template!.LogRules.Select(r => r.SlotId));
        var meetings = template.LogRules[0];
        Assert.Equal(("专题会议", 16), (meetings.Label, meetings.Line));
        Assert.Equal(["专题会议", "专题会+意识形态"], meetings.Keywords.Select(k => k.ToString()));
        Assert.Equal(["研判"], meetings.Exclusions);
        Assert.Equal(("“…”+关键词", "events_count"), (template.LogRules[1].NameForm!.ToString(), template.LogRules[1].CountSlot));
        Assert.True(template.LogRules[1].Keywords[1].IsName);
    }

    [Theory]
    [InlineData("meetings 专题会议", "这一行应写成")]
    [InlineData("nothing: 会议", "没有 id 为“nothing”的空位")]
    [InlineData("period: 上半年", "period 类型，不能从工作消息中记录")]
    [InlineData("extra: 其他", "free 类型，不能从工作消息中记录")]
    [InlineData("meetings:", "没有关键词")]
    [InlineData("meetings: 专题会+", "中有空的部分")]
    [InlineData("meetings: 会议 | 不含: 会", "排除词“会”包含在它自己的关键词里")]
    [InlineData("meetings: 会议 | 不含:", "“不含”后面没有内容")]
    [InlineData("meetings: 会议 | 名称: 《…》", "“名称”只用于 list 和 pairs 空位")]
    [InlineData("media: 发表 | 名称: 【…】", "“名称”应写成")]
    [InlineData("meetings: 会议 | 排除: 研判", "无法识别的选项“排除”")]
    [InlineData("meetings: “会议”", "带引号的关键词是活动名称，只用于 list 空位")]
    [InlineData("events: 比赛 | 计数: rate", "“计数”应为一个 count 或 approx 空位的 id")]
    [InlineData("meetings: 会议 | 计数: events_count", "“计数”只用于 list 空位")]
    [InlineData("meetings: 会议 | 写法: 第…次会议", "缺少 N")]
    [InlineData("events: 比赛 | 写法: 第N个…", "“写法”只用于 count、approx 和 text 空位")]
    public void Each_mistake_is_reported_with_its_line(string line, string message)
    {
        var (template, errors) = Parse(line);
        Assert.Null(template);
        var error = Assert.Single(errors);
        Assert.Equal(15, error.Line);
        Assert.StartsWith("prompts/t.md:15: 工作记录：", error.ToString(), StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_keyword_in_two_slots_is_ambiguous()
    {
        var (_, errors) = Parse("meetings: 专题会议, 比赛", "events: 比赛");
        var error = Assert.Single(errors);
        Assert.Equal(16, error.Line);
        Assert.Contains("关键词“比赛”同时属于“meetings”（第15行）和“events”", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_slot_written_twice_is_reported_on_its_second_line()
    {
        var (_, errors) = Parse("meetings: 专题会议", "meetings: 研判会");
        Assert.Equal(16, Assert.Single(errors).Line);
    }

    [Fact]
    public void A_block_before_other_content_or_another_code_block_is_an_error()
    {
        var text = Template + "```工作记录\nmeetings: 专题会议\n```\n\n最后一段。\n";
        var (_, errors) = TemplateParser.TryParse("t.md", text);
        Assert.Contains(errors, e => e.Line == 14 && e.Message.Contains("应放在模板末尾", StringComparison.Ordinal));

        var (_, other) = TemplateParser.TryParse("t.md", Template + "```python\nprint(1)\n```\n");
        Assert.Contains(other, e => e.Message.Contains("模板中不支持这种写法", StringComparison.Ordinal));
    }

    [Fact]
    public void The_sample_template_declares_its_work_log_without_errors()
    {
        var ideology = Catalogs.Ideology;
        Assert.True(ideology.LogRules.Count >= 15);
        Assert.Equal(ideology.LogRules.Count, ideology.LogRules.Select(r => r.SlotId).Distinct().Count());
    }
}
