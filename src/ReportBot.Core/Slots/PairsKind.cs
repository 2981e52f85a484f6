using System.Globalization;
using System.Text.Json;
using ReportBot.Core.Answers;
using ReportBot.Core.Drafting;
using ReportBot.Core.Interview;
using ReportBot.Core.Templates;

namespace ReportBot.Core.Slots;

/// <summary>
/// Name + count pairs, printed with the slot's format (e.g. "在{name}发表信息{count}篇") and joined with 、.
/// </summary>
internal sealed class PairsKind : CollectingKind
{
    public override SlotKind Kind => SlotKind.Pairs;

    public override string Hint(SlotDefinition slot) =>
        $"每行一条“名称 数量”，如：《红旗日报》 3{slot.Unit}\n可以分几条消息发送；全部发完后回复“完成”。";

    public override ParseResult<AnswerInProgress> Add(SlotDefinition slot, AnswerInProgress collecting, string text, AnswerLimits limits)
    {
        var pairs = AnswerParser.Pairs(text, slot.Unit);
        if (!pairs.Success)
        {
            return ParseResult<AnswerInProgress>.Fail(pairs.Error!);
        }

        var total = collecting.Pairs.Count + pairs.Value!.Count;
        return Check(pairs.Value!.Select(p => p.Name).ToList(), total, limits) is { } problem
            ? ParseResult<AnswerInProgress>.Fail(problem)
            : ParseResult<AnswerInProgress>.Ok(collecting with { Pairs = collecting.Pairs.AddRange(pairs.Value!) });
    }

    public override SlotAnswer Finish(SlotDefinition slot, AnswerInProgress collecting) =>
        collecting.Pairs.IsEmpty ? SlotAnswer.Skip : new SlotAnswer { Pairs = collecting.Pairs };

    public override AnswerInProgress Continue(SlotAnswer current) => new() { Pairs = [.. current.Pairs ?? []] };

    public override string Describe(SlotDefinition slot, SlotAnswer answer)
    {
        var pairs = answer.Pairs ?? [];
        return answer.Skipped ? "（已跳过）"
            : pairs.Count == 0 ? "（无）"
            : $"{pairs.Count}项：{string.Join("；", pairs.Select(p => $"{p.Name} {Count(p)}{slot.Unit}"))}";
    }

    public override string Format(SlotDefinition slot, SlotAnswer answer, string? form, FormatContext context)
    {
        var format = slot.Extra ?? "{name}{count}" + slot.Unit;
        var printed = Merged(answer.Pairs ?? [])
            .Where(p => p.Count > 0)
            .Select(p => format
                .Replace("{name}", p.Name, StringComparison.Ordinal)
                .Replace("{count}", Count(p), StringComparison.Ordinal));
        return Punctuation.JoinSeries(printed);
    }

    /// <summary>
    /// The pairs as the report names them, one per name: the same medium given twice (in one message or in two) is
    /// one medium, with the counts added up ("《红旗日报》 3篇" and "《红旗日报》 2篇" → "在《红旗日报》发表信息5篇"),
    /// in the order first given. A sum holding a rough count is rough ("约", or "余" when one said 余/多).
    /// </summary>
    public static IReadOnlyList<NamedCount> Merged(IReadOnlyList<NamedCount> pairs) =>
        pairs.GroupBy(p => KnownNames.Quote(Punctuation.ToFullWidth(p.Name.Trim())), StringComparer.Ordinal)
            .Select(g => new NamedCount(g.Key, g.Sum(p => p.Count), g.Max(p => p.Qualifier)))
            .ToList();

    /// <summary>"约10" for about, "10余" for more than a round number, else the number.</summary>
    private static string Count(NamedCount pair)
    {
        var digits = pair.Count.ToString(CultureInfo.InvariantCulture);
        return pair.Qualifier switch
        {
            CountQualifier.About => "约" + digits,
            CountQualifier.MoreThan when CountKind.IsRound(pair.Count) => digits + "余",
            _ => digits,
        };
    }

    public override bool Fits(SlotDefinition slot, SlotAnswer answer) => answer.Skipped || answer.Pairs is not null;

    /// <summary>Also <c>[{"name": "《红旗日报》", "count": 7}]</c>.</summary>
    public override SlotReading FromJson(SlotDefinition slot, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().All(e => e.ValueKind != JsonValueKind.Object))
        {
            return base.FromJson(slot, value);
        }

        var lines = new List<string>();
        foreach (var element in value.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.Object
                || !element.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String
                || !element.TryGetProperty("count", out var count) || count.ValueKind is not (JsonValueKind.Number or JsonValueKind.String))
            {
                return SlotReading.Fail("每一项应写作 {\"name\": \"《红旗日报》\", \"count\": 7}");
            }

            lines.Add(name.GetString() + " " + (count.ValueKind == JsonValueKind.String ? count.GetString() : count.GetRawText()));
        }

        return Read(slot, string.Join("\n", lines));
    }
}
