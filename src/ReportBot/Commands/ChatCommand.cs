using System.CommandLine;
using ReportBot.Cli.Chat;
using ReportBot.Cli.Hosting;
using ReportBot.Core.Conversations;

namespace ReportBot.Cli.Commands;

/// <summary><c>reportbot chat [--template ID] [--out DIR] [--db FILE]</c>: the interview in the terminal.</summary>
public static class ChatCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var template = new Option<string?>("--template") { Description = "直接开始这个模板（模板 id，如 ideology）" };
        var output = new Option<string?>("--out") { Description = "草稿保存到的文件夹（默认 ./drafts）" };
        var database = new Option<string?>("--db") { Description = "SQLite 文件（默认见 appsettings.json 的 Storage:Path）" };
        var startNew = new Option<bool>("--new") { Description = "与 --template 一起用：放弃进行中的其他报告，开始这一份" };
        var command = new Command("chat", "在终端里问答起草报告（支持管道输入，每行一条回答）") { template, output, database, startNew };
        command.SetAction(async (result, cancellationToken) =>
        {
            try
            {
                return await RunAsync(result, template, output, database, startNew, cancellationToken);
            }
            catch (StorageException e)
            {
                // The answers already given are safe in the file; what failed is the file itself (named in the message).
                await Console.Error.WriteLineAsync("数据文件无法使用，已停止：" + e.Message);
                return 2;
            }
            catch (DirectoryNotFoundException e)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return 1;
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(
        ParseResult result, Option<string?> template, Option<string?> output, Option<string?> database, Option<bool> startNew, CancellationToken cancellationToken)
    {
        var configuration = Settings.Load();
        var services = CoreServices.Create(configuration, Console.Error, result.GetValue(database));
        var outputDirectory = result.GetValue(output) is { } dir ? Path.GetFullPath(dir) : configuration.PathOf("Output:Directory", "drafts");
        var writer = TerminalWriter.ForConsole();
        writer.Note($"（数据文件：{services.Database.Path}；草稿保存到：{outputDirectory}）");
        var chat = new TerminalChat(services.Conversations, services.Store, writer, DraftFiles.Writer(configuration), outputDirectory);
        return await chat.RunAsync(Console.In, result.GetValue(template), result.GetValue(startNew), cancellationToken);
    }
}
