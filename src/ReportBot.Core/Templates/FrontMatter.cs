using System.Text.RegularExpressions;
using Markdig.Extensions.Yaml;

namespace ReportBot.Core.Templates;

/// <summary>The <c>---</c> block at the top of a template: <c>key: value</c> lines (id, version, name, signoff).</summary>
internal sealed partial record FrontMatter(string? Id, int? Version, string? Name, string? SignOff)
{
    /// <summary>The longest template id: "step|tpl:" + the id stays well inside Telegram's 64-byte button data.</summary>
    public const int MaxIdLength = 40;

    private static readonly string[] Keys = ["id", "version", "name", "signoff"];

    public static FrontMatter Read(YamlFrontMatterBlock? block, ParseContext context)
    {
        if (block is null)
        {
            context.ErrorAtLine(1, "缺少开头的“---”信息块（id、version、name）");
            return new FrontMatter(null, null, null, null);
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var line = block.Line + 1;
        foreach (var raw in block.Lines.ToString().Split('\n'))
        {
            line++;
            var text = raw.Trim();
            if (text.Length == 0 || text.StartsWith('#') || text == "---")
            {
                continue;
            }

            var colon = text.IndexOf(':', StringComparison.Ordinal);
            var key = colon > 0 ? text[..colon].Trim() : text;
            if (colon <= 0 || !Keys.Contains(key))
            {
                context.ErrorAtLine(line, $"无法识别的信息行“{text}”：可用的键为 {string.Join("、", Keys)}");
                continue;
            }

            values[key] = text[(colon + 1)..].Trim().Trim('"');
        }

        int? version = null;
        if (values.TryGetValue("version", out var v))
        {
            version = int.TryParse(v, out var n) && n > 0 ? n : null;
            if (version is null)
            {
                context.ErrorAtLine(block.Line + 1, $"version 应为正整数，现为“{v}”");
            }
        }

        if (values.TryGetValue("id", out var id) && !IdPattern().IsMatch(id))
        {
            // The id travels in button data ("12|tpl:ideology"), which Telegram limits to 64 bytes.
            context.ErrorAtLine(block.Line + 1, $"id“{id}”无效：只能用英文字母、数字、_ 和 -，以字母开头，最多{MaxIdLength}个字符（按钮数据最多64字节）");
        }

        foreach (var missing in Keys.Take(3).Where(k => !values.ContainsKey(k)))
        {
            context.ErrorAtLine(block.Line + 1, $"信息块缺少“{missing}”");
        }

        return new FrontMatter(values.GetValueOrDefault("id"), version, values.GetValueOrDefault("name"), values.GetValueOrDefault("signoff"));
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{0,39}$")]
    private static partial Regex IdPattern();
}
