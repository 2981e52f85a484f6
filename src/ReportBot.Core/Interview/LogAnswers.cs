using ReportBot.Core.Answers;
using ReportBot.Core.Templates;
using ReportBot.Core.WorkLog;

namespace ReportBot.Core.Interview;

/// <summary>A question's answer made from what the work log holds for its slot in the report period.</summary>
internal static class LogAnswers
{
    /// <summary>The answer, or null when the log gives this kind of slot nothing to answer with.</summary>
    public static SlotAnswer? From(SlotDefinition slot, SlotTotal total) => slot.Kind switch
    {
        SlotKind.Count or SlotKind.Approx when (total.Count ?? (long?)total.Value) is { } n => new SlotAnswer
        {
            Number = n,
            Qualifier = total.Qualifier == CountQualifier.Exact ? null : total.Qualifier,
        },
        SlotKind.Percent when total.Value is { } value => new SlotAnswer { Percent = value },
        SlotKind.Pairs when total.Pairs.Count > 0 => new SlotAnswer { Pairs = total.Pairs },
        SlotKind.List when total.Items.Count > 0 => new SlotAnswer { Items = total.Items },
        SlotKind.Text when total.Text is { } text => new SlotAnswer { Text = text },
        _ => null,
    };
}
