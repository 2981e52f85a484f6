using System.Text.Json;

namespace ReportBot.Tests;

public sealed class LogCommandTests : IDisposable
{
    private readonly CliProcess _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Json_prints_one_line_per_message_in_the_issue_format()
    {
        string[] messages =
        [
            "今天下午召开意识形态专题会议，研究部署下半年工作",
            "《红旗日报》刊发我街道垃圾分类经验做法",
            "举办“我爱祖国”绘画比赛",
            "上半年共排查调处矛盾纠纷46件，调处率达97.5%",
            "开展第38个民族团结进步宣传月活动",
            "下周三将召开意识形态专题会议",
            "在市级媒体发表信息3篇",
        ];
        var result = await _cli.RunAsync(messages, "log", "--template", "ideology", "--json", "--date", "2026-06-19");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                """{"text": "今天下午召开意识形态专题会议，研究部署下半年工作", "slots": [{"slot": "topic_meetings", "count": 1}]}""",
                """{"text": "《红旗日报》刊发我街道垃圾分类经验做法", "slots": [{"slot": "media", "name": "《红旗日报》", "count": 1}]}""",
                """{"text": "举办“我爱祖国”绘画比赛", "slots": [{"slot": "culture_events", "item": "“我爱祖国”绘画比赛"}]}""",
                """{"text": "上半年共排查调处矛盾纠纷46件，调处率达97.5%", "slots": [{"slot": "disputes", "count": 46}, {"slot": "mediation_rate", "value": 97.5}]}""",
                """{"text": "开展第38个民族团结进步宣传月活动", "slots": [{"slot": "month_ordinal", "value": 38}, {"slot": "month_theme", "text": "民族团结进步"}]}""",
                """{"text": "下周三将召开意识形态专题会议", "slots": []}""",
                """{"text": "在市级媒体发表信息3篇", "slots": [{"slot": "media", "count": 3, "ask": true}]}""",
            ],
            result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Without_json_it_answers_as_the_bot_would()
    {
        var result = await _cli.RunAsync(["3月5日召开意识形态专题会议", "原定今天的讲座取消"], "log", "--template", "ideology", "--date", "2026-06-19");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("已记入工作记录（3月5日）：意识形态专题会议 +1", result.Output, StringComparison.Ordinal);
        Assert.Contains("没有记入工作记录", result.Output, StringComparison.Ordinal);
        Assert.Contains("已取消或延期", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_line_separator_keeps_a_multi_line_message_on_one_input_line()
    {
        var result = await _cli.RunAsync(["本周：\u20281.召开研判会1次\u20282.讲党课2次"], "log", "--template", "ideology", "--json", "--date", "2026-06-19");
        using var line = JsonDocument.Parse(result.Output);
        Assert.Equal(
            ["analysis_meetings", "party_lectures"],
            line.RootElement.GetProperty("slots").EnumerateArray().Select(s => s.GetProperty("slot").GetString()));
    }

    [Theory]
    [InlineData("--template", "nothing")]
    [InlineData("--template", "ideology", "--date", "6/19")]
    [InlineData("--template", "party-building")]
    public async Task An_unknown_template_or_date_or_a_template_without_a_work_log_exits_with_2(params string[] args)
    {
        var result = await _cli.RunAsync(["召开会议"], ["log", .. args]);
        Assert.Equal(2, result.ExitCode);
        Assert.NotEmpty(result.Error);
    }

    [Fact]
    public async Task Lint_names_the_line_of_a_wrong_work_log_declaration()
    {
        var path = Path.Combine(_cli.Folder, "bad.md");
        await File.WriteAllTextAsync(path, "---\nid: bad\nversion: 1\nname: 坏模板\n---\n\n# {{period p | 报告期？}}总结\n\n- [开展活动{{count n 次 | 几次？}}次]。\n\n```工作记录\nn: 活动\nm: 会议\n```\n");
        var result = await _cli.RunAsync([], "lint", path);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{path}:13: 工作记录：没有 id 为“m”的空位", result.Error, StringComparison.Ordinal);
    }
}
