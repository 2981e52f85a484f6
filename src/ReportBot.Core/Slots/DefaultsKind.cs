using System.Text.Json;
using ReportBot.Core.Answers;
using ReportBot.Core.Interview;
using ReportBot.Core.Templates;

namespace ReportBot.Core.Slots;

/// <summary>
/// The template's default items (存在的问题, 下一步打算), which the user keeps, replaces with their own or extends.
/// The mode is chosen first; the user's own items are then collected like a list.
/// </summary>
internal sealed class DefaultsKind : CollectingKind
{
    public override SlotKind Kind => SlotKind.Defaults;

    public override bool NumberedOptions => true;

    public override string Hint(SlotDefinition slot) => "模板的写法如下，请选择采用、替换，或在其后补充：";

    /// <summary>The hint once a mode is chosen.</summary>
    public static string HintFor(DefaultsMode mode) => mode == DefaultsMode.Replace
        ? "请发送您自己的内容，每行一条；发完后回复“完成”。"
        : "请发送要补充的内容，每行一条；发完后回复“完成”。";

    public override ParseResult<AnswerInProgress> Add(SlotDefinition slot, AnswerInProgress collecting, string text, AnswerLimits limits)
    {
        var items = AnswerParser.ListItems(text);
        if (!items.Success)
        {
            return ParseResult<AnswerInProgress>.Fail(items.Error!);
        }

        var total = collecting.Items.Count + items.Value!.Count;
        return Check(items.Value!.ToList(), total, limits) is { } problem
            ? ParseResult<AnswerInProgress>.Fail(problem)
            : ParseResult<AnswerInProgress>.Ok(collecting with { Items = collecting.Items.AddRange(items.Value!) });
    }

    /// <summary>Without items of their own, the template's wording stays.</summary>
    public override SlotAnswer Finish(SlotDefinition slot, AnswerInProgress collecting) =>
        collecting.Mode is null or DefaultsMode.Keep || collecting.Items.IsEmpty
            ? new SlotAnswer { Mode = DefaultsMode.Keep }
            : new SlotAnswer { Mode = collecting.Mode, Items = collecting.Items };

    public override AnswerInProgress Continue(SlotAnswer current) => new() { Mode = current.Mode, Items = [.. current.Items ?? []] };

    public override string Describe(SlotDefinition slot, SlotAnswer answer) => answer.Mode switch
    {
        _ when answer.Skipped => "采用模板内容",
        DefaultsMode.Replace => $"替换为{(answer.Items ?? []).Count}条自己的内容",
        DefaultsMode.Extend => $"采用模板内容，并补充{(answer.Items ?? []).Count}条",
        _ => "采用模板内容",
    };

    public override string Format(SlotDefinition slot, SlotAnswer answer, string? form, FormatContext context) => string.Empty;

    public override bool Fits(SlotDefinition slot, SlotAnswer answer) => answer.Skipped || answer.Mode is not null;

    /// <summary>A keep answer never empties the section: the template's items stay.</summary>
    public override bool IsEmpty(SlotAnswer answer) => false;

    /// <summary><c>{"mode": "keep|replace|extend", "items": […]}</c>.</summary>
    public override SlotReading FromJson(SlotDefinition slot, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return SlotReading.Fail("应写作 {\"mode\": \"keep|replace|extend\", \"items\": […]}");
        }

        var mode = DefaultsMode.Keep;
        if (value.TryGetProperty("mode", out var m)
            && (m.ValueKind != JsonValueKind.String || !Enum.TryParse(m.GetString(), ignoreCase: true, out mode) || !Enum.IsDefined(mode)))
        {
            return SlotReading.Fail($"mode 应为 keep、replace 或 extend，现为 {m.GetRawText()}");
        }

        var collecting = new AnswerInProgress { Mode = mode };
        if (value.TryGetProperty("items", out var items))
        {
            if (items.ValueKind != JsonValueKind.Array || items.EnumerateArray().Any(i => i.ValueKind != JsonValueKind.String))
            {
                return SlotReading.Fail("items 应为文字数组");
            }

            foreach (var item in items.EnumerateArray())
            {
                var added = AddWholeItem(collecting, item.GetString()!, AnswerLimits.Default);
                if (!added.Success)
                {
                    return SlotReading.Fail(added.Error!);
                }

                collecting = added.Value!;
            }
        }

        return SlotReading.Ok(Finish(slot, collecting));
    }
}
