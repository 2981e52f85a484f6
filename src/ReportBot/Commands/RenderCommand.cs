using System.CommandLine;
using ReportBot.Cli.Hosting;
using ReportBot.Core.Drafting;

namespace ReportBot.Cli.Commands;

/// <summary>
/// <c>reportbot render --template ID --answers FILE.json [--out DIR]</c>: answers → draft files. Exit code 2 when
/// the answers are wrong (each problem named with its slot), 1 when the files cannot be read or written.
/// </summary>
public static class RenderCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var template = new Option<string>("--template") { Description = "模板 id（或文件名），如 ideology", Required = true };
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

            var file = result.GetValue(answers)!;
            string json;
            try
            {
                json = File.ReadAllText(file.FullName);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"无法读取答案文件“{file.FullName}”：{e.Message}");
                return 1;
            }

            var read = AnswersFile.Read(found, json);
            foreach (var note in read.Notes)
            {
                Console.Error.WriteLine("提示：" + note);
            }

            if (read.Errors.Count > 0)
            {
                Console.Error.WriteLine($"答案文件有{read.Errors.Count}处错误，没有生成草稿：");
                foreach (var error in read.Errors)
                {
                    Console.Error.WriteLine("  " + error);
                }

                return 2;
            }

            var today = DateOnly.FromDateTime(DateTime.Now);
            var draft = DraftBuilder.Build(found, read.Answers, today);
            var directory = result.GetValue(output) is { } dir ? Path.GetFullPath(dir) : configuration.PathOf("Output:Directory", "drafts");
            try
            {
                foreach (var path in DraftFiles.Writer(configuration).Write(draft, directory))
                {
                    Console.WriteLine(path);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"无法写入文件夹“{directory}”：{e.Message}");
                return 1;
            }

            return 0;
        });
        return command;
    }
}
