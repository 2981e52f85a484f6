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
        Assert.Contains("ideology v1《意识形态工作总结》", result.Output, StringComparison.Ordinal);
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
    public async Task Render_names_a_wrong_answer()
    {
        var answers = Path.Combine(_cli.Folder, "answers.json");
        await File.WriteAllTextAsync(answers, """{ "topic_meetings": "很多" }""");
        var result = await _cli.RunAsync([], "render", "--template", "ideology", "--answers", answers);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("topic_meetings：", result.Error, StringComparison.Ordinal);
    }
}
