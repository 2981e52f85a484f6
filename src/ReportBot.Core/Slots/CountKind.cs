using System.Globalization;
using System.Text.Json;
using ReportBot.Core.Answers;
using ReportBot.Core.Interview;
using ReportBot.Core.Templates;

namespace ReportBot.Core.Slots;

/// <summary>
/// A whole number ≥ 0 with its measure word: "召开会议{{count}}次". An answer in another measure word ("五十二篇" for a
/// 场 question) or an approximate one ("大概5次") is put back to the user before it is written; "10余次" is kept.
/// </summary>
internal class CountKind : SlotKindHandler
{
    public override SlotKind Kind => SlotKind.Count;

    public override string Hint(SlotDefinition slot) => $"请回复数字，如：3（或“三{slot.Unit}”）。";

    public override SlotReading Read(SlotDefinition slot, string text)
    {
        var count = AnswerParser.ReadCount(text, slot.Unit);
        if (!count.Success)
        {
            return SlotReading.Fail(count.Error!);
        }

        var reading = count.Value!;
        var answer = Answer(reading);
        if (!reading.FitsUnit(slot.Unit))
        {
            var exact = new SlotAnswer { Number = reading.Value };
            return SlotReading.Doubtful(exact, $"“{text.Trim()}”的单位是“{reading.Unit}”，这一题问的是多少{slot.Unit}。报告里写作“{reading.Value}{slot.Unit}”，可以吗？");
        }

        if (reading.RangeLow is { } low)
        {
            // A report writes one number: offer the upper end, or the user types the exact one.
            return SlotReading.Doubtful(answer, $"“{text.Trim()}”是个范围（{low}到{reading.Value}），报告里要写一个数。写作“{Format(slot, answer, null, FormatContext.Undated)}{slot.Unit}”，可以吗？也可以直接回复准确的数字。");
        }

        return answer.Qualifier is null || Accepts(answer)
            ? SlotReading.Ok(answer)
            : SlotReading.Doubtful(answer with { Qualifier = null }, $"“{text.Trim()}”是个约数。报告里写作“{reading.Value}{slot.Unit}”，可以吗？（如果不确定，也可以回复“跳过”）");
    }

    public override string Describe(SlotDefinition slot, SlotAnswer answer) =>
        answer.Skipped ? "（已跳过）" : Format(slot, answer, null, FormatContext.Undated) + slot.Unit;

    /// <summary>"50余" only on round numbers (an office does not write "52余场"), "约50" for about.</summary>
    public override string Format(SlotDefinition slot, SlotAnswer answer, string? form, FormatContext context)
    {
        var digits = (answer.Number ?? 0).ToString(CultureInfo.InvariantCulture);
        return answer.Qualifier switch
        {
            CountQualifier.About => "约" + digits,
            CountQualifier.MoreThan when IsRound(answer.Number ?? 0) => digits + "余",
            _ => digits,
        };
    }

    public override bool Fits(SlotDefinition slot, SlotAnswer answer) => answer.Skipped || answer.Number is not null;

    public override SlotReading FromJson(SlotDefinition slot, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            return base.FromJson(slot, value);
        }

        return value.TryGetInt64(out var number)
            ? Read(slot, number.ToString(CultureInfo.InvariantCulture))
            : Read(slot, value.GetRawText());
    }

    /// <summary>10, 20, 50, 300: numbers an office rounds to and writes with 余.</summary>
    public static bool IsRound(long number) => number >= 10 && number % 10 == 0;

    /// <summary>The answer for a reading: the qualifier kept only where it can be printed.</summary>
    protected virtual SlotAnswer Answer(CountReading reading) => new()
    {
        Number = reading.Value,
        Qualifier = reading.Qualifier == CountQualifier.Exact ? null : reading.Qualifier,
    };

    /// <summary>A count question takes "10余次" as said; "大概5次" is confirmed as "5次" first.</summary>
    protected virtual bool Accepts(SlotAnswer answer) => answer.Qualifier == CountQualifier.MoreThan && IsRound(answer.Number ?? 0);
}
