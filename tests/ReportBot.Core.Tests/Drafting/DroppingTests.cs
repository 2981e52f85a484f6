using ReportBot.Core.Drafting;
using ReportBot.Core.Interview;
using ReportBot.Core.Templates;
using ReportBot.Core.Tests.Support;

namespace ReportBot.Core.Tests.Drafting;

/// <summary>Zero and skipped answers vanish at every level, and numbering closes up.</summary>
public sealed class DroppingTests
{
    private const string Template = """
        ---
        id: d
        version: 1
        name: 测试
        ---

        # {{period period | 报告期？}}测试工作总结

        {{period.intro}}，{{text unit | 单位？}}扎实开展工作。

        ## 学习教育

        ### 抓好学习。

        - [召开[专题会议{{count a 次 | a？}}次][、研判会{{count b 次 | b？}}次]，部署工作。]
        - 组织学习{{count c 次 | c？}}次。
        - 开展研讨{{count d 次 | d？}}次。

        ### 抓好宣传。

        - 发布信息{{count e 篇 | e？}}篇。

        ### 抓好培训。

        - 举办培训{{count f 场 | f？}}场。
        - 深入开展[“第{{count ordinal 个 | 第几个？}}个{{text theme | 主题？}}宣传月”]活动，营造氛围。
        - [开展宣传活动{{count anti 次 | 几次？}}次，]定期分析研判，建立联动机制。

        ## 活动开展

        ### 丰富活动。

        - 举办活动{{count g 场 | g？}}场。

        ## 下一步打算

        - 加强学习{{count h 次 | h？}}次。

        - 固定的打算。

        - 举办讲座{{count i 场 | i？}}场。
        """;

    private static readonly ReportTemplate Parsed = TemplateParser.Parse("d.md", Template);

    private static string Draft(Dictionary<string, SlotAnswer> answers)
    {
        var all = new Dictionary<string, SlotAnswer>
        {
            ["period"] = new() { Text = "2026年" },
            ["unit"] = new() { Text = "红旗街道" },
        };
        foreach (var (id, answer) in answers)
        {
            all[id] = answer;
        }

        return ChatScript.Text(DraftBuilder.Build(Parsed, all, new DateOnly(2026, 11, 29)));
    }

    private static Dictionary<string, SlotAnswer> Counts(params (string Id, long? Value)[] values) =>
        values.ToDictionary(v => v.Id, v => v.Value is { } n ? new SlotAnswer { Number = n } : SlotAnswer.Skip);

    [Fact]
    public void A_zero_fragment_drops_with_its_separator()
    {
        var text = Draft(Counts(("a", 0), ("b", 2), ("c", 1), ("d", 1), ("e", 1), ("f", 1), ("g", 1), ("h", 1), ("i", 1)));
        Assert.Contains("一是召开研判会2次，部署工作。", text, StringComparison.Ordinal);
        text = Draft(Counts(("a", 3), ("b", null), ("c", 1), ("d", 1), ("e", 1), ("f", 1), ("g", 1), ("h", 1), ("i", 1)));
        Assert.Contains("一是召开专题会议3次，部署工作。", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Items_drop_and_the_others_are_renumbered()
    {
        var text = Draft(Counts(("a", 0), ("b", 0), ("c", 0), ("d", 4), ("e", 1), ("f", 1), ("g", 1), ("h", 1), ("i", 1)));
        Assert.Contains("（一）抓好学习。一是开展研讨4次。", text, StringComparison.Ordinal);
        Assert.DoesNotContain("二是", text.Split('\n')[3], StringComparison.Ordinal);
        Assert.DoesNotContain("0次", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subsection_with_nothing_left_drops_and_the_next_takes_its_number()
    {
        var text = Draft(Counts(("a", 1), ("b", 1), ("c", 1), ("d", 1), ("e", 0), ("f", 2), ("g", 1), ("h", 1), ("i", 1)));
        Assert.DoesNotContain("抓好宣传", text, StringComparison.Ordinal);
        Assert.Contains("（二）抓好培训。一是举办培训2场。", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_with_nothing_left_drops_and_the_next_takes_its_number()
    {
        var text = Draft(Counts(("a", 1), ("b", 1), ("c", 1), ("d", 1), ("e", 1), ("f", 1), ("g", null), ("h", 1), ("i", 1)));
        Assert.DoesNotContain("活动开展", text, StringComparison.Ordinal);
        Assert.Contains("二、下一步打算", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Separate_paragraph_items_drop_and_renumber()
    {
        var text = Draft(Counts(("a", 1), ("b", 1), ("c", 1), ("d", 1), ("e", 1), ("f", 1), ("g", 1), ("h", 0), ("i", 5)));
        var lines = text.Split('\n');
        Assert.Contains("一是固定的打算。", lines);
        Assert.Contains("二是举办讲座5场。", lines);
        Assert.DoesNotContain(lines, l => l.Contains("加强学习", StringComparison.Ordinal));
    }

    [Fact]
    public void An_optional_fragment_with_an_empty_slot_is_left_out_whole()
    {
        var answers = Counts(("f", 1));
        answers["ordinal"] = SlotAnswer.Skip;
        answers["theme"] = new SlotAnswer { Text = "民族团结进步" };
        var text = Draft(answers);
        Assert.DoesNotContain("第个", text, StringComparison.Ordinal);
        Assert.DoesNotContain("民族团结进步", text, StringComparison.Ordinal);
        Assert.Contains("深入开展活动，营造氛围。", text, StringComparison.Ordinal);

        answers["ordinal"] = new SlotAnswer { Number = 38 };
        Assert.Contains("深入开展“第38个民族团结进步宣传月”活动", Draft(answers), StringComparison.Ordinal);
    }

    [Fact]
    public void Prose_outside_the_brackets_stays_when_the_count_in_them_is_zero()
    {
        var text = Draft(Counts(("f", 1), ("anti", 0)));
        Assert.Contains("定期分析研判，建立联动机制。", text, StringComparison.Ordinal);
        Assert.DoesNotContain("开展宣传活动", text, StringComparison.Ordinal);
        Assert.Contains("开展宣传活动5次，定期分析研判", Draft(Counts(("f", 1), ("anti", 5))), StringComparison.Ordinal);
    }

    [Fact]
    public void Unanswered_slots_never_leave_a_placeholder()
    {
        var text = Draft([]);
        Assert.DoesNotContain("X", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
        Assert.Contains("三、下一步打算", text, StringComparison.Ordinal);
        Assert.Contains("（一）抓好学习。【待补充：这一部分还有4题未回答】", text, StringComparison.Ordinal);
        Assert.Contains("一是深入开展活动，营造氛围。二是定期分析研判，建立联动机制。", text, StringComparison.Ordinal);
        Assert.Contains("一是固定的打算。", text, StringComparison.Ordinal);
    }
}
