using System.Text.Json;
using ReportBot.Core.Answers;
using ReportBot.Core.Interview;
using ReportBot.Core.Templates;

namespace ReportBot.Core.Slots;

/// <summary>
/// A kind whose answer arrives over one or more messages and is closed with 完成: list items, free items, pairs,
/// a defaults question's own items. A revisited question adds to its current answer unless the user clears it.
/// </summary>
public abstract class CollectingKind : SlotKindHandler
{
    /// <inheritdoc/>
    public override bool Collects => true;

    /// <summary>Adds what one message brings to the collection, or says why it cannot be read or is too much.</summary>
    public abstract ParseResult<AnswerInProgress> Add(SlotDefinition slot, AnswerInProgress collecting, string text, AnswerLimits limits);

    /// <summary>The answer the collection makes when the user says 完成.</summary>
    public abstract SlotAnswer Finish(SlotDefinition slot, AnswerInProgress collecting);

    /// <summary>
    /// Adds one element of an answers-file array: a whole item, never split further (the file already separated
    /// the items). Pairs read their one "name count" per element.
    /// </summary>
    protected virtual ParseResult<AnswerInProgress> AddElement(SlotDefinition slot, AnswerInProgress collecting, string element, AnswerLimits limits) =>
        Add(slot, collecting, element, limits);

    /// <summary>One element taken as one item, only cleaned of its bullet and trailing punctuation.</summary>
    protected static ParseResult<AnswerInProgress> AddWholeItem(AnswerInProgress collecting, string element, AnswerLimits limits)
    {
        var item = ListParser.CleanItem(TextNormalizer.Clean(element));
        if (item.Length == 0)
        {
            return ParseResult<AnswerInProgress>.Ok(collecting);
        }

        return Check([item], collecting.Items.Count + 1, limits) is { } problem
            ? ParseResult<AnswerInProgress>.Fail(problem)
            : ParseResult<AnswerInProgress>.Ok(collecting with { Items = collecting.Items.Add(item) });
    }

    /// <summary>The collection to continue from when a question that already has an answer gets more.</summary>
    public abstract AnswerInProgress Continue(SlotAnswer current);

    /// <summary>One message holding the whole answer (answers files): read it and finish at once.</summary>
    public override SlotReading Read(SlotDefinition slot, string text)
    {
        var added = Add(slot, new AnswerInProgress(), text, AnswerLimits.Default);
        return added.Success ? SlotReading.Ok(Finish(slot, added.Value!)) : SlotReading.Fail(added.Error!);
    }

    /// <summary>An array in an answers file: each element is read like one line of a chat message.</summary>
    public override SlotReading FromJson(SlotDefinition slot, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return base.FromJson(slot, value);
        }

        var collecting = new AnswerInProgress();
        foreach (var element in value.EnumerateArray())
        {
            var line = element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();
            var added = AddElement(slot, collecting, line, AnswerLimits.Default);
            if (!added.Success)
            {
                return SlotReading.Fail(added.Error!);
            }

            collecting = added.Value!;
        }

        return SlotReading.Ok(Finish(slot, collecting));
    }

    /// <summary>Checks the number and length of items against the limits.</summary>
    protected static string? Check(IReadOnlyCollection<string> items, int total, AnswerLimits limits)
    {
        if (items.FirstOrDefault(i => i.Length > limits.MaxItemLength) is { } longItem)
        {
            return $"有一条超过了{limits.MaxItemLength}字（“{longItem[..12]}…”）。请把它拆短一些，每条写一件事。";
        }

        return total > limits.MaxItems
            ? $"这一题最多记录{limits.MaxItems}条，已经收到{total}条。请合并相近的内容，或回复“完成”。"
            : null;
    }
}
