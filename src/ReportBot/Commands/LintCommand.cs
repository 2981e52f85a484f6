using System.CommandLine;
using ReportBot.Cli.Hosting;
using ReportBot.Core.Templates;

namespace ReportBot.Cli.Commands;

/// <summary><c>reportbot lint [FILES…] [--list]</c>: checks templates; exit code 1 when any has errors.</summary>
public static class LintCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "要检查的模板文件（默认：模板文件夹中的全部 .md）", Arity = ArgumentArity.ZeroOrMore };
        var list = new Option<bool>("--list") { Description = "列出每个模板的空位（id、类型、问题）" };
        var command = new Command("lint", "检查模板") { files, list };
        command.SetAction(result =>
        {
            var paths = result.GetValue(files) is { Length: > 0 } given
                ? given
                : Directory.GetFiles(Settings.Load().PathOf("Templates:Directory", "prompts"), "*.md").Order(StringComparer.Ordinal).ToArray();
            var failed = false;
            foreach (var path in paths)
            {
                failed |= !Check(path, result.GetValue(list));
            }

            return failed ? 1 : 0;
        });
        return command;
    }

    private static bool Check(string path, bool listSlots)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"{path}:0: 文件不存在");
            return false;
        }

        var (template, errors) = TemplateParser.TryParse(path, File.ReadAllText(path));
        foreach (var error in errors)
        {
            Console.Error.WriteLine(error);
        }

        if (template is null)
        {
            return false;
        }

        Console.WriteLine($"{path}: 正确（{template.Id} v{template.Version}《{template.Name}》，{template.Slots.Count}个问题）");
        if (listSlots)
        {
            foreach (var slot in template.Slots)
            {
                var unit = slot.Unit is null ? string.Empty : $"（{slot.Unit}）";
                Console.WriteLine($"  {slot.Id}\t{slot.Kind.ToString().ToLowerInvariant()}{unit}\t{slot.Question}");
            }
        }

        return true;
    }
}
