using ReportBot.Core.Interview;
using ReportBot.Core.Templates;

namespace ReportBot.Core.Slots;

/// <summary>Further items the user adds at the end of a list, each printed as an item of its own (一是…).</summary>
internal sealed class FreeKind : ListKind
{
    public override SlotKind Kind => SlotKind.Free;

    public override string Hint(SlotDefinition slot) => "每行一条，可以分几条消息发送；没有请回复“完成”。";

    /// <summary>"Nothing to add" is an answer here, not a gap.</summary>
    public override SlotAnswer Finish(SlotDefinition slot, AnswerInProgress collecting) => new() { Items = collecting.Items };

    public override string Format(SlotDefinition slot, SlotAnswer answer, string? form, FormatContext context) => string.Concat(answer.Items ?? []);
}
