using ReportBot.Core.Answers;
using ReportBot.Core.Interview;
using ReportBot.Core.Templates;

namespace ReportBot.Core.Slots;

/// <summary>
/// A yes/no question that confirms a fixed sentence: <c>[{{confirm youth | 是否组织青少年参加社会实践？}}结合假期组织…，]</c>
/// prints the sentence only when the user said yes. A draft states only what the user confirmed.
/// </summary>
internal sealed class ConfirmKind : SlotKindHandler
{
    private static readonly HashSet<string> Yes = new(StringComparer.OrdinalIgnoreCase) { "是", "是的", "有", "有的", "对", "对的", "确认", "属实", "做了", "开展了", "y", "yes" };
    private static readonly HashSet<string> No = new(StringComparer.OrdinalIgnoreCase) { "否", "不是", "没有", "无", "不", "没", "没做", "未开展", "n", "no" };

    public override SlotKind Kind => SlotKind.Confirm;

    public override bool NumberedOptions => true;

    public override string Hint(SlotDefinition slot) => "请回答“是”或“否”（回答“否”，草稿里就不写这一句）。";

    public override SlotReading Read(SlotDefinition slot, string text)
    {
        var word = new string([.. TextNormalizer.Clean(text).Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c))]);
        return Yes.Contains(word) ? SlotReading.Ok(new SlotAnswer { Number = 1 })
            : No.Contains(word) ? SlotReading.Ok(new SlotAnswer { Number = 0 })
            : SlotReading.Fail("请回答“是”或“否”。");
    }

    public override IReadOnlyList<SlotOption> Options(SlotDefinition slot, DateOnly today) => [new("是", "是"), new("否", "否")];

    public override string Describe(SlotDefinition slot, SlotAnswer answer) => answer.Skipped ? "（已跳过）" : answer.Number == 1 ? "是" : "否";

    public override string Format(SlotDefinition slot, SlotAnswer answer, string? form, FormatContext context) => string.Empty;

    public override bool Fits(SlotDefinition slot, SlotAnswer answer) => answer.Skipped || answer.Number is 0 or 1;

    /// <summary>Also <c>true</c> / <c>false</c> in an answers file.</summary>
    public override SlotReading FromJson(SlotDefinition slot, System.Text.Json.JsonElement value) => value.ValueKind switch
    {
        System.Text.Json.JsonValueKind.True => SlotReading.Ok(new SlotAnswer { Number = 1 }),
        System.Text.Json.JsonValueKind.False => SlotReading.Ok(new SlotAnswer { Number = 0 }),
        _ => base.FromJson(slot, value),
    };
}
