using System.CommandLine;
using ReportBot.Cli.Hosting;
using ReportBot.Core.Drafting;

namespace ReportBot.Cli.Commands;

/// <summary><c>reportbot render --template ID --answers FILE.json [--out DIR]</c>: answers → draft files.</summary>
public static class RenderCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var template = new Option<string>("--template") { Description = "模板 id，如 ideology", Required = true };
        var answers = new Option<FileInfo>("--answers") { Description = "按空位 id 填写的答案（JSON）", Required = true };
        var output = new Option<string?>("--out") { Description = "草稿保存到的文件夹（默认 ./drafts）" };
        var command = new Command("render", "按答案文件直接生成草稿") { template, answers, output };
        command.SetAction(result =>
        {
            var configuration = Settings.Load();
            var catalog = CoreServices.LoadTemplates(configuration, Console.Error);
            var id = result.GetValue(template)!;
            if (catalog.Find(id) is not { } found)
            {
                Console.Error.WriteLine($"没有 id 为“{id}”的模板。可用的模板：{string.Join("、", catalog.Templates.Select(t => t.Id))}");
                return 2;
            }

            try
            {
                var file = result.GetValue(answers)!;
                var draft = DraftBuilder.Build(found, AnswersFile.Read(found, File.ReadAllText(file.FullName)), DateOnly.FromDateTime(DateTime.Now));
                var directory = result.GetValue(output) is { } dir ? Path.GetFullPath(dir) : configuration.PathOf("Output:Directory", "drafts");
                foreach (var path in DraftFiles.Writer(configuration).Write(draft, directory))
                {
                    Console.WriteLine(path);
                }

                return 0;
            }
            catch (Exception e) when (e is FormatException or System.Text.Json.JsonException or IOException or KeyNotFoundException or InvalidOperationException)
            {
                Console.Error.WriteLine("答案文件有误：" + e.Message);
                return 1;
            }
        });
        return command;
    }
}
