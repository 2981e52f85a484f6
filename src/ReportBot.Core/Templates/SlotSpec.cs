using System.Text.RegularExpressions;

namespace ReportBot.Core.Templates;

/// <summary>Parses the inside of <c>{{ }}</c>: a definition <c>kind id [unit] | question | extra</c> or a reference <c>id[.form]</c>.</summary>
internal static partial class SlotSpec
{
    private static readonly Dictionary<string, SlotKind> Kinds = new(StringComparer.Ordinal)
    {
        ["text"] = SlotKind.Text,
        ["period"] = SlotKind.Period,
        ["unit"] = SlotKind.Unit,
        ["confirm"] = SlotKind.Confirm,
        ["choice"] = SlotKind.Choice,
        ["count"] = SlotKind.Count,
        ["approx"] = SlotKind.Approx,
        ["percent"] = SlotKind.Percent,
        ["list"] = SlotKind.List,
        ["pairs"] = SlotKind.Pairs,
        ["free"] = SlotKind.Free,
        ["defaults"] = SlotKind.Defaults,
    };

    /// <summary>How-to-answer phrases the bot adds under list questions itself.</summary>
    private static readonly string[] InstructionWords = ["每行一项", "每行一条", "回复“完成”", "回复完成"];

    public static string KindNames => string.Join("、", Kinds.Keys);

    /// <summary>Returns a reference (id, form), a definition, or an error message.</summary>
    public static SpecResult Parse(string spec)
    {
        var fields = spec.Split('|', StringSplitOptions.TrimEntries);
        var head = fields[0].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (fields.Length == 1 && head.Length == 1)
        {
            var reference = ReferencePattern().Match(head[0]);
            return reference.Success
                ? new SpecResult(reference.Groups["id"].Value, NullIfEmpty(reference.Groups["form"].Value), null, null)
                : SpecResult.Fail($"“{{{{{spec}}}}}”不是有效的空位：引用写作 {{{{id}}}}，定义写作 {{{{类型 id | 问题}}}}");
        }

        var id = head.Length >= 2 && IdPattern().IsMatch(head[1]) ? head[1] : string.Empty;
        if (head.Length is < 2 or > 3 || !Kinds.TryGetValue(head[0], out var kind))
        {
            return SpecResult.Fail($"未知的空位类型“{head[0]}”，可用的类型：{KindNames}", id);
        }

        if (!IdPattern().IsMatch(head[1]))
        {
            return SpecResult.Fail($"空位 id“{head[1]}”无效：只能用英文字母、数字和下划线，并以字母开头");
        }

        if (fields.Length < 2 || fields[1].Length == 0)
        {
            return SpecResult.Fail($"空位“{head[1]}”缺少问题：写作 {{{{{head[0]} {head[1]} | 问题}}}}", id);
        }

        var unit = head.Length == 3 ? head[2] : null;
        var extra = fields.Length > 2 ? string.Join("|", fields[2..]) : null;
        if (kind == SlotKind.Choice && (extra is null || !extra.Contains('/', StringComparison.Ordinal)))
        {
            return SpecResult.Fail($"选择题“{head[1]}”需要至少两个选项：{{{{choice {head[1]} | 问题 | 选项一 / 选项二}}}}", id);
        }

        if (kind is SlotKind.List or SlotKind.Pairs or SlotKind.Free && InstructionWords.FirstOrDefault(w => fields[1].Contains(w, StringComparison.Ordinal)) is { } said)
        {
            return SpecResult.Fail($"空位“{head[1]}”的问题里不用写“{said}”：机器人会在问题下面说明怎么回答，写了会说两遍", id);
        }

        var definition = new PendingSlot(head[1], kind, fields[1], unit, extra);
        return new SpecResult(head[1], null, definition, null);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^(?<id>[A-Za-z][A-Za-z0-9_]*)(\\.(?<form>[a-z]+))?$")]
    private static partial Regex ReferencePattern();
}

/// <summary>A slot definition before its place in the report is known.</summary>
internal sealed record PendingSlot(string Id, SlotKind Kind, string Question, string? Unit, string? Extra);

/// <summary>The outcome of <see cref="SlotSpec.Parse"/>.</summary>
internal sealed record SpecResult(string Id, string? Form, PendingSlot? Definition, string? Error)
{
    /// <summary>A spec that could not be read; <paramref name="id"/> is the id it meant to define, when known.</summary>
    public static SpecResult Fail(string error, string id = "") => new(id, null, null, error);
}
