namespace ReportBot.Tests;

public sealed class ChatCommandTests : IDisposable
{
    private readonly CliProcess _cli = new();

    public void Dispose() => _cli.Dispose();

    private string DraftText() => File.ReadAllText(Directory.GetFiles(_cli.OutputFolder, "*.txt").Single());

    [Fact]
    public async Task A_piped_interview_writes_the_draft_files_and_prints_the_draft()
    {
        var result = await _cli.ChatAsync(CliProcess.Script("ideology.txt"), "--template", "ideology");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("──────── 草稿 ────────", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", result.Output, StringComparison.Ordinal);
        var files = Directory.GetFiles(_cli.OutputFolder).Select(Path.GetFileName).Order().ToList();
        Assert.Contains("2020年上半年意识形态工作总结.md", files);
        Assert.Contains("2020年上半年意识形态工作总结.txt", files);
        var text = DraftText();
        Assert.StartsWith("2020年上半年意识形态工作总结\n", text, StringComparison.Ordinal);
        Assert.Contains("召开意识形态专题会议3次、意识形态分析研判会2次", text, StringComparison.Ordinal);
        Assert.Contains("开展扫黑除恶专项斗争宣传活动108次", text, StringComparison.Ordinal);
        Assert.DoesNotContain("X", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_process_on_the_same_database_resumes_where_the_user_stopped()
    {
        var script = CliProcess.Script("ideology.txt");
        var first = await _cli.ChatAsync(script.Take(8), "--template", "ideology");
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("输入结束，进度已保存", first.Output, StringComparison.Ordinal);
        Assert.EndsWith("召开了几次意识形态专题会议？", LastQuestion(first.Output), StringComparison.Ordinal);

        var second = await _cli.ChatAsync(script.Skip(8), "--template", "ideology");
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("欢迎回来", second.Output, StringComparison.Ordinal);
        Assert.Contains("【（二）加强政治理论学习 · 第9/37题】", second.Output, StringComparison.Ordinal);
        var text = DraftText();
        Assert.Contains("开展专题研讨5次，组织党工委理论学习中心组学习12次", text, StringComparison.Ordinal);
        Assert.Contains("领导干部讲党课4次", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Choices_can_be_answered_by_number()
    {
        var result = await _cli.ChatAsync(["1", "1", "红旗街道", "1"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("已记录：2026年上半年", result.Output, StringComparison.Ordinal);
        Assert.Contains("1. 党工委", result.Output, StringComparison.Ordinal);
        Assert.Contains("已记录：红旗街道（党工委）", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_report_in_progress_is_named_and_never_given_this_scripts_answers()
    {
        var first = await _cli.ChatAsync(["2020年上半年", "红旗社区党委"], "--template", "party-building");
        Assert.Equal(0, first.ExitCode);
        var before = await File.ReadAllBytesAsync(_cli.DatabasePath);

        var second = await _cli.ChatAsync(CliProcess.Script("ideology.txt"), "--template", "ideology");
        Assert.Equal(2, second.ExitCode);
        Assert.Contains("已有进行中的《党建工作总结》", second.Output, StringComparison.Ordinal);
        Assert.Contains("--new", second.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("已记录：3", second.Output, StringComparison.Ordinal);

        var third = await _cli.ChatAsync(CliProcess.Script("ideology.txt"), "--template", "ideology", "--new");
        Assert.Equal(0, third.ExitCode);
        Assert.Contains("召开意识形态专题会议3次、意识形态分析研判会2次", DraftText(), StringComparison.Ordinal);
        Assert.NotEmpty(before);
    }

    [Fact]
    public async Task An_unfinished_draft_never_overwrites_the_finished_reports_files()
    {
        var finished = await _cli.ChatAsync(CliProcess.Script("ideology.txt"), "--template", "ideology");
        Assert.Equal(0, finished.ExitCode);
        var path = Path.Combine(_cli.OutputFolder, "2020年上半年意识形态工作总结.txt");
        var report = await File.ReadAllTextAsync(path);

        // The unit is kept from the first report; the new one only needs its period before a draft is asked for.
        var again = await _cli.ChatAsync(["2020年上半年", "/draft"], "--template", "ideology");
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("单位：红旗街道（党工委）（沿用上次的填写", again.Output, StringComparison.Ordinal);
        Assert.Equal(report, await File.ReadAllTextAsync(path));
        var partial = await File.ReadAllTextAsync(Path.Combine(_cli.OutputFolder, "2020年上半年意识形态工作总结（未完成草稿）.txt"));
        Assert.Contains("【待补充：这一部分还有", partial, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_uses_the_same_database_from_any_folder_below_the_settings()
    {
        var prompts = Path.Combine(AppContext.BaseDirectory, "prompts").Replace('\\', '/');
        await File.WriteAllTextAsync(Path.Combine(_cli.Folder, "appsettings.json"), $$"""
            { "Storage": { "Path": "state/shared.db" }, "Templates": { "Directory": "{{prompts}}" } }
            """);
        var nested = Directory.CreateDirectory(Path.Combine(_cli.Folder, "src", "deep")).FullName;

        var fromRoot = await CliProcess.RunInAsync(["2020年上半年"], _cli.Folder, "chat", "--template", "ideology");
        var fromBelow = await CliProcess.RunInAsync(["红旗街道党工委"], nested, "chat");
        Assert.Equal(0, fromRoot.ExitCode);
        Assert.Equal(0, fromBelow.ExitCode);
        Assert.Contains(Path.Combine(_cli.Folder, "state", "shared.db"), fromBelow.Output, StringComparison.Ordinal);
        Assert.Contains("欢迎回来", fromBelow.Output, StringComparison.Ordinal);
        Assert.Contains("已记录：红旗街道（党工委）", fromBelow.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(nested, "state")));
    }

    [Fact]
    public async Task Chat_stops_with_exit_code_2_naming_the_file_when_the_database_is_unusable()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_cli.DatabasePath)!);
        await File.WriteAllTextAsync(_cli.DatabasePath, new string('x', 8192));
        var result = await _cli.ChatAsync(["2020年上半年"], "--template", "ideology");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("数据文件无法使用", result.Error, StringComparison.Ordinal);
        Assert.Contains(_cli.DatabasePath, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    private static string LastQuestion(string output)
    {
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var index = Array.FindLastIndex(lines, l => l.EndsWith('？'));
        return lines[index];
    }
}
