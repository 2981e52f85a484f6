using System.Text.Json;
using ReportBot.Core.Interview;
using ReportBot.Core.Slots;
using ReportBot.Core.Templates;

namespace ReportBot.Cli.Commands;

/// <summary>
/// Reads answers by slot id from JSON, each value checked by its slot kind exactly as a chat answer is: strings are
/// read like typed answers ("三次", "98%"), numbers, arrays of strings, arrays of <c>{"name", "count"}</c>,
/// <c>{"mode": "keep|replace|extend", "items": […]}</c>; null is skipped. A slot not in the file is skipped too.
/// </summary>
public static class AnswersFile
{
    /// <summary>The answers, or every problem found (in Chinese, naming the slot); <see cref="Notes"/> lists what was assumed.</summary>
    public sealed record Result(IReadOnlyDictionary<string, SlotAnswer> Answers, IReadOnlyList<string> Errors, IReadOnlyList<string> Notes);

    /// <summary>Reads and checks the file's text against the template.</summary>
    public static Result Read(ReportTemplate template, string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return Failed($"答案文件不是有效的 JSON（第{e.LineNumber + 1}行附近）：请检查引号、逗号和括号。");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Failed("答案文件应是一个 JSON 对象：{ \"空位id\": 答案, … }。");
            }

            var answers = new Dictionary<string, SlotAnswer>(StringComparer.Ordinal);
            var errors = new List<string>();
            var notes = new List<string>();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (!template.HasSlot(property.Name))
                {
                    errors.Add($"{property.Name}：模板“{template.Id}”没有这个空位（reportbot lint --list 列出全部空位）。");
                    continue;
                }

                var slot = template.Slot(property.Name);
                var reading = property.Value.ValueKind == JsonValueKind.Null ? SlotReading.Ok(SlotAnswer.Skip) : slot.Handler().FromJson(slot, property.Value);
                if (reading.Answer is null)
                {
                    errors.Add($"{slot.Id}（{slot.Question}）：{reading.Error}");
                    continue;
                }

                if (reading.Doubt is { } doubt)
                {
                    notes.Add($"{slot.Id}：{doubt}（已按原样采用）");
                }

                answers[slot.Id] = reading.Answer;
            }

            foreach (var missing in template.Slots.Where(s => !answers.ContainsKey(s.Id) && !document.RootElement.TryGetProperty(s.Id, out _)))
            {
                if (missing.Required)
                {
                    errors.Add($"{missing.Id}（{missing.Question}）：这是报告的基本信息，答案文件里必须有。");
                }
                else
                {
                    answers[missing.Id] = SlotAnswer.Skip;
                    notes.Add($"{missing.Id}：答案文件里没有，按跳过处理。");
                }
            }

            return new Result(answers, errors, notes);
        }
    }

    private static Result Failed(string error) => new(new Dictionary<string, SlotAnswer>(), [error], []);
}
