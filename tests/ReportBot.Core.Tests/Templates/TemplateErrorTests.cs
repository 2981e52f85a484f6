using ReportBot.Core.Templates;

namespace ReportBot.Core.Tests.Templates;

public sealed class TemplateErrorTests
{
    private const string Header = "---\nid: t\nversion: 1\nname: 测试\n---\n\n# {{period period | 报告期是？}}测试\n\n";

    [Theory]
    [InlineData("开展活动{{cont n 次 | 几次？}}次。", 9, "未知的空位类型“cont”")]
    [InlineData("开展活动{{count n 次}}次。", 9, "缺少问题")]
    [InlineData("开展活动{{count n 次 | 几次？}}次，又{{count n 次 | 几次？}}次。", 9, "重复定义")]
    [InlineData("{{unit}}开展活动。", 9, "未定义的空位“unit”")]
    [InlineData("开展活动{{count n 次 | 几次？次。", 9, "没有对应的“}}”")]
    [InlineData("开展[活动{{count n 次 | 几次？}}次。", 9, "没有对应的“]”")]
    [InlineData("[开展活动]{{count n 次 | 几次？}}次。", 9, "里没有空位")]
    [InlineData("X开展活动{{count n 次 | 几次？}}次。", 9, "占位符“X”")]
    [InlineData("第一段。\n\n开展活动{{choice c | 选哪个？ | 只有一个}}。", 11, "至少两个选项")]
    [InlineData("## 一\n\n#### 跳级\n", 11, "标题层级跳跃")]
    [InlineData("- 举办{{list e | 哪些活动？}}等活动{{count n 场 | 几场？}}场。\n", 9, "空位“e”应放在“[ ]”里")]
    [InlineData("- 项目一\n  - 子项目{{count n 次 | 几次？}}次\n", 10, "不支持嵌套列表")]
    [InlineData("- 开展活动{{count n 次 | 几次？次。\n- 召开会议{{count m 次 | 几次会议？}}次。\n", 9, "没有对应的“}}”")]
    [InlineData("开展活动{{count n 次 | 几次？}}次。", 9, "段落里的空位“n”可以不填")]
    [InlineData("- 召开[会议{{count a 次 | a？}}次][、研判会{{count b 次 | b？}}次]，部署工作。\n", 9, "“召开”后面的[ ]都省略时")]
    [InlineData("- 开展活动{{approx n 场 | 大约几场？}}余场。\n", 9, "请删去紧跟在它后面的“余”")]
    [InlineData("- 举办了[{{list e | 哪些活动？每行一项，如：读书会}}等]活动。\n", 9, "问题里不用写“每行一项”")]
    [InlineData("- [结合节点[开展宣传活动{{count a 场 | a？}}场][、专题讲座{{count b 场 | b？}}场]，确保稳定。]\n", 9, "后一个会丢掉动词“开展”")]
    [InlineData("- [开展[{{list e | 哪些活动？}}等]活动[{{count a 场 | 几场？}}场]，[{{confirm y | 是否？}}组织实践，]营造氛围。]\n", 9, "把答为0或没填的工作写成做过")]
    public void Errors_name_the_file_and_line(string body, int line, string message)
    {
        var (template, errors) = TemplateParser.TryParse("prompts/bad.md", Header + body);
        Assert.Null(template);
        var error = Assert.Single(errors, e => e.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal(line, error.Line);
        Assert.StartsWith($"prompts/bad.md:{line}: ", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- [[开展[{{list e | 哪些活动？}}等]活动[{{count a 场 | 几场？}}场]，][{{confirm y | 是否？}}组织实践，]营造氛围。]\n")]
    [InlineData("- [结合节点开展[宣传活动{{count a 场 | a？}}场][、专题讲座{{count b 场 | b？}}场]，确保稳定。]\n")]
    [InlineData("- [共[接收申请书{{count a 份 | a？}}份][、确定积极分子{{count b 名 | b？}}名]，把好关口。]\n")]
    public void Fragments_that_drop_without_leaving_a_claim_or_losing_a_verb_are_accepted(string body)
    {
        var (template, errors) = TemplateParser.TryParse("prompts/good.md", Header + body);
        Assert.Empty(errors);
        Assert.NotNull(template);
    }

    [Fact]
    public void An_unclosed_slot_does_not_swallow_the_next_slot()
    {
        var (_, errors) = TemplateParser.TryParse("t.md", Header + "- 开展活动{{count n 次 | 几次？次，召开会议{{count m 次 | 几次会议？}}次。\n");
        var error = Assert.Single(errors);
        Assert.Contains("没有对应的“}}”", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- 开展活动{{cont n 次 | 几次？}}次，共{{n}}次。\n- 另外{{n}}次。\n", "未知的空位类型")]
    [InlineData("- 开展活动{{count n 次}}次。\n- 又开展{{n}}次。\n", "缺少问题")]
    [InlineData("- 开展活动{{count n 次 | 几次？}}次。\n- 又开展{{count n 次 | 几次？}}次。\n- 共{{n}}次。\n", "重复定义")]
    public void One_mistake_is_reported_once_without_cascading_into_others(string body, string message)
    {
        var (_, errors) = TemplateParser.TryParse("t.md", Header + body);
        var error = Assert.Single(errors);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("this_template_id_is_far_too_long_for_button_data_really")]
    [InlineData("意识形态")]
    [InlineData("a b")]
    public void A_template_id_that_cannot_travel_in_button_data_is_refused(string id)
    {
        var (template, errors) = TemplateParser.TryParse("t.md", Header.Replace("id: t", "id: " + id, StringComparison.Ordinal) + "- 开展活动{{count n 次 | 几次？}}次。\n");
        Assert.Null(template);
        Assert.Contains(errors, e => e.Message.Contains("按钮数据最多64字节", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_front_matter_and_title_are_reported()
    {
        var (_, errors) = TemplateParser.TryParse("x.md", "正文。\n");
        Assert.Contains(errors, e => e.Message.Contains("缺少开头的“---”", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("缺少标题", StringComparison.Ordinal));
    }

    [Fact]
    public void A_broken_template_is_skipped_and_the_others_still_load()
    {
        var directory = Directory.CreateTempSubdirectory("prompts-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "a-good.md"), Header + "- 开展活动{{count n 次 | 几次？}}次。\n");
            File.WriteAllText(Path.Combine(directory.FullName, "b-broken.md"), Header.Replace("id: t", "id: u", StringComparison.Ordinal) + "开展活动{{count n | }}次。\n");
            var catalog = TemplateCatalog.Load(directory.FullName);
            Assert.Equal(["t"], catalog.Templates.Select(t => t.Id));
            var error = Assert.Single(catalog.Errors);
            Assert.EndsWith("b-broken.md", error.File, StringComparison.Ordinal);
            Assert.Equal(9, error.Line);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
