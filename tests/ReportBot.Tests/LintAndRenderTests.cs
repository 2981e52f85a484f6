namespace ReportBot.Tests;

public sealed class LintAndRenderTests : IDisposable
{
    private readonly CliProcess _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Lint_accepts_the_shipped_templates_and_lists_their_slots()
    {
        var result = await _cli.RunAsync([], "lint", "--list");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("ideology v2《意识形态工作总结》", result.Output, StringComparison.Ordinal);
        Assert.Contains("topic_meetings\tcount（次）\t召开了几次意识形态专题会议？", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_reports_file_and_line_and_fails()
    {
        var path = Path.Combine(_cli.Folder, "bad.md");
        await File.WriteAllTextAsync(path, "---\nid: bad\nversion: 1\nname: 坏模板\n---\n\n# {{period p | 报告期？}}总结\n\n开展活动{{count n 次}}次。\n");
        var result = await _cli.RunAsync([], "lint", path);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{path}:9: 空位“n”缺少问题", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_turns_an_answers_file_into_draft_files()
    {
        var answers = Path.Combine(_cli.Folder, "answers.json");
        await File.WriteAllTextAsync(answers, """
            { "period": "2026年上半年", "unit": "红旗街道", "topic_meetings": "三次", "analysis_meetings": 0,
              "media": [{ "name": "《红旗日报》", "count": 7 }], "mediation_rate": 98, "plans": { "mode": "extend", "items": ["加强队伍建设"] } }
            """);
        var result = await _cli.RunAsync([], "render", "--template", "ideology", "--answers", answers, "--out", _cli.OutputFolder);
        Assert.Equal(0, result.ExitCode);
        var text = await File.ReadAllTextAsync(Path.Combine(_cli.OutputFolder, "2026年上半年意识形态工作总结.txt"));
        Assert.Contains("二是召开意识形态专题会议3次，及时传达", text, StringComparison.Ordinal);
        Assert.Contains("先后在《红旗日报》发表信息7篇", text, StringComparison.Ordinal);
        Assert.Contains("四是加强队伍建设。", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_names_a_wrong_answer_in_chinese_with_exit_code_2()
    {
        var answers = Path.Combine(_cli.Folder, "answers.json");
        await File.WriteAllTextAsync(answers, """{ "topic_meetings": "很多" }""");
        var result = await _cli.RunAsync([], "render", "--template", "ideology", "--answers", answers);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("topic_meetings（召开了几次意识形态专题会议？）：没能识别为次数", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "period": "2020年上半年", "unit": "红旗街道", "analysis_meetings": "-2次" }""", "analysis_meetings", "不能是负数")]
    [InlineData("""{ "period": "2020年上半年", "unit": "红旗街道", "analysis_meetings": -2 }""", "analysis_meetings", "不能是负数")]
    [InlineData("""{ "period": "2020年上半年", "unit": "红旗街道", "analysis_meetings": 2.5 }""", "analysis_meetings", "应为整数")]
    [InlineData("""{ "period": "2020年上半年", "unit": "红旗街道", "mediation_rate": "120%" }""", "mediation_rate", "0到100之间")]
    [InlineData("""{ "period": "2020年上半年", "unit": "红旗街道", "mediation_rate": 120 }""", "mediation_rate", "0到100之间")]
    [InlineData("""{ "period": "2020年上半年", "unit": "红旗街道", "plans": { "mode": "nonsense" } }""", "plans", "mode 应为 keep、replace 或 extend")]
    [InlineData("""{ "period": "2020年上半年", "unit": "红旗街道", "plans": "保持" }""", "plans", "应写作")]
    [InlineData("""{ "period": "2020年上半年", "unit": "红旗街道", "media": [{ "name": "《红旗日报》" }] }""", "media", "每一项应写作")]
    [InlineData("""{ "period": "2020年上半年", "unit": "红旗街道", "nonsense_slot": 1 }""", "nonsense_slot", "没有这个空位")]
    [InlineData("""{ "period": "去年", "unit": "红旗街道" }""", "period", "没能识别报告期")]
    [InlineData("""{ "unit": "红旗街道" }""", "period", "必须有")]
    [InlineData("""{ "period": "2020年上半年", "unit": "红旗街道", """, "JSON", "不是有效的 JSON")]
    [InlineData("""[1, 2]""", "JSON", "应是一个 JSON 对象")]
    public async Task Render_refuses_a_wrong_value_naming_the_slot_and_why_with_exit_code_2(string json, string slot, string why)
    {
        var answers = Path.Combine(_cli.Folder, "answers.json");
        await File.WriteAllTextAsync(answers, json);
        var result = await _cli.RunAsync([], "render", "--template", "ideology", "--answers", answers, "--out", _cli.OutputFolder);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(slot, result.Error, StringComparison.Ordinal);
        Assert.Contains(why, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_cli.OutputFolder), "No draft is written when the answers are wrong.");
    }

    [Fact]
    public async Task Render_to_a_folder_that_cannot_be_written_says_so_and_exits_1()
    {
        var answers = Path.Combine(_cli.Folder, "answers.json");
        await File.WriteAllTextAsync(answers, """{ "period": "2020年上半年", "unit": "红旗街道" }""");
        var blocked = Path.Combine(_cli.Folder, "blocked");
        await File.WriteAllTextAsync(blocked, "a file where the folder should be");
        var result = await _cli.RunAsync([], "render", "--template", "ideology", "--answers", answers, "--out", Path.Combine(blocked, "out"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("无法写入文件夹", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_template_is_found_by_its_file_name_as_well_as_its_id()
    {
        var answers = Path.Combine(_cli.Folder, "answers.json");
        await File.WriteAllTextAsync(answers, """{ "period": "2020年上半年", "unit": "红旗街道" }""");
        var result = await _cli.RunAsync([], "render", "--template", "party-building", "--answers", answers, "--out", _cli.OutputFolder);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("党建工作总结", result.Output, StringComparison.Ordinal);
    }
}
