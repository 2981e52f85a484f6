using System.CommandLine;
using ReportBot.Cli.Hosting;
using ReportBot.Core.WorkLog;

namespace ReportBot.Cli.Commands;

/// <summary>
/// <c>reportbot log --template ID [--json] [--date YYYY-MM-DD]</c>: reads work messages, one per line, from standard
/// input and prints what the bot would file for each: a Chinese answer, or with <c>--json</c> one JSON line per
/// message (the scorable form). Exit code 2 for an unknown template or date.
/// </summary>
public static class LogCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var template = new Option<string>("--template") { Description = "模板 id（或文件名），如 ideology", Required = true };
        var json = new Option<bool>("--json") { Description = "每条消息输出一行 JSON（用于评测）" };
        var date = new Option<string?>("--date") { Description = "消息的日期（默认今天），如 2026-06-19：“昨天”“上周三”按它推算" };
        var command = new Command("log", "把工作消息（每行一条，从标准输入读入）记入模板的各项") { template, json, date };
        command.SetAction(async (result, cancellationToken) =>
        {
            var catalog = CoreServices.LoadTemplates(Settings.Load(), Console.Error);
            var id = result.GetValue(template)!;
            if (catalog.Find(id) is not { } found)
            {
                await Console.Error.WriteLineAsync($"没有 id 为“{id}”的模板。可用的模板：{string.Join("、", catalog.Templates.Select(t => t.Id))}");
                return 2;
            }

            if (found.LogRules.Count == 0)
            {
                await Console.Error.WriteLineAsync($"模板“{found.Id}”没有“工作记录”代码块，无法记录工作消息（写法见 docs/worklog.md）");
                return 2;
            }

            var messageDate = DateOnly.FromDateTime(DateTime.Now);
            if (result.GetValue(date) is { } given && !DateOnly.TryParseExact(given, "yyyy-MM-dd", out messageDate))
            {
                await Console.Error.WriteLineAsync($"日期“{given}”无法识别，请写成 2026-06-19");
                return 2;
            }

            while (await Console.In.ReadLineAsync(cancellationToken) is { } line)
            {
                if (line.Trim().Length == 0)
                {
                    continue;
                }

                var reading = WorkLogReader.ReadWithNotes(found, line, messageDate);
                await Console.Out.WriteLineAsync(result.GetValue(json)
                    ? LogJson.Line(line, reading.Entries)
                    : $"{line}\n  {string.Join("\n  ", LogReply.Lines(found, reading))}");
            }

            return 0;
        });
        return command;
    }
}
