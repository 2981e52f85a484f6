using System.Text.Json;
using ReportBot.Core.Answers;
using ReportBot.Core.Interview;
using ReportBot.Core.Templates;

namespace ReportBot.Cli.Commands;

/// <summary>
/// Reads answers by slot id from JSON: numbers, strings (read like chat answers: "三次", "98%"), arrays of
/// strings, arrays of <c>{"name", "count"}</c>, <c>{"mode": "keep|replace|extend", "items": […]}</c>, null = skipped.
/// </summary>
public static class AnswersFile
{
    /// <summary>The answers, or throws <see cref="FormatException"/> naming the slot that is wrong.</summary>
    public static Dictionary<string, SlotAnswer> Read(ReportTemplate template, string json)
    {
        using var document = JsonDocument.Parse(json);
        var answers = new Dictionary<string, SlotAnswer>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (!template.HasSlot(property.Name))
            {
                throw new FormatException($"模板“{template.Id}”没有空位“{property.Name}”。");
            }

            answers[property.Name] = Read(template.Slot(property.Name), property.Value);
        }

        return answers;
    }

    private static SlotAnswer Read(SlotDefinition slot, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return SlotAnswer.Skip;
        }

        return slot.Kind switch
        {
            SlotKind.Count or SlotKind.Approx => new SlotAnswer { Number = value.ValueKind == JsonValueKind.Number ? value.GetInt64() : Check(slot, AnswerParser.ApproximateCount(value.GetString()!, slot.Unit)) },
            SlotKind.Percent => new SlotAnswer { Percent = value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : Check(slot, AnswerParser.Percent(value.GetString()!)) },
            SlotKind.Period => new SlotAnswer { Text = PeriodOptions.Normalize(value.GetString()!) ?? throw new FormatException($"{slot.Id}：无法识别的报告期“{value.GetString()}”") },
            SlotKind.List or SlotKind.Free => new SlotAnswer { Items = Strings(slot, value) },
            SlotKind.Pairs => new SlotAnswer { Pairs = Pairs(slot, value) },
            SlotKind.Defaults => Defaults(slot, value),
            SlotKind.Choice => new SlotAnswer { Text = slot.Options.FirstOrDefault(o => o == value.GetString()) ?? throw new FormatException($"{slot.Id}：“{value.GetString()}”不是可选项（{string.Join("、", slot.Options)}）") },
            _ => new SlotAnswer { Text = value.GetString() },
        };
    }

    private static T Check<T>(SlotDefinition slot, ParseResult<T> result) =>
        result.Success ? result.Value! : throw new FormatException($"{slot.Id}：{result.Error}");

    private static List<string> Strings(SlotDefinition slot, JsonElement value) => value.ValueKind == JsonValueKind.Array
        ? value.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToList()
        : [.. Check(slot, AnswerParser.ListItems(value.GetString()!))];

    private static List<NamedCount> Pairs(SlotDefinition slot, JsonElement value) => value.ValueKind == JsonValueKind.Array
        ? value.EnumerateArray().Select(e => new NamedCount(e.GetProperty("name").GetString()!, e.GetProperty("count").GetInt64())).ToList()
        : [.. Check(slot, AnswerParser.Pairs(value.GetString()!, slot.Unit))];

    private static SlotAnswer Defaults(SlotDefinition slot, JsonElement value)
    {
        var mode = value.TryGetProperty("mode", out var m) ? Enum.Parse<DefaultsMode>(m.GetString()!, ignoreCase: true) : DefaultsMode.Keep;
        var items = value.TryGetProperty("items", out var i) ? Strings(slot, i) : [];
        return new SlotAnswer { Mode = mode, Items = items };
    }
}
