using ReportBot.Core.Templates;

namespace ReportBot.Core.Interview;

/// <summary>The line under a question saying what form of answer is expected.</summary>
internal static class QuestionHints
{
    public static string For(SlotDefinition slot, InterviewSession session)
    {
        var unit = slot.Unit ?? string.Empty;
        var received = session.PendingItems.Count + session.PendingPairs.Count;
        if (received > 0)
        {
            return $"已记录{received}条。还有吗？没有请回复“完成”。";
        }

        return slot.Kind switch
        {
            SlotKind.Period => "请点选，或直接输入，如“2020年上半年”。",
            SlotKind.Choice => "请点选，或回复序号。",
            SlotKind.Count => $"请回复数字，如：3（或“三{unit}”）。",
            SlotKind.Approx => $"请回复大约的数字，如：50（“50多{unit}”“五十余{unit}”也可以）。",
            SlotKind.Percent => "请回复百分比，如：98%。",
            SlotKind.List => "每行一项，可以分几条消息发送；全部发完后回复“完成”。",
            SlotKind.Pairs => $"每行一条“名称 数量”，如：\n《红旗日报》 3{unit}\n可以分几条消息发送；全部发完后回复“完成”。",
            SlotKind.Free => "每行一条，可以分几条消息发送；没有请回复“完成”。",
            SlotKind.Defaults => session.PendingMode switch
            {
                DefaultsMode.Replace => "请发送您自己的内容，每行一条；发完后回复“完成”。",
                DefaultsMode.Extend => "请发送要补充的内容，每行一条；发完后回复“完成”。",
                _ => "模板内容如下，请选择采用、替换，或在其后补充：",
            },
            _ => string.Empty,
        };
    }
}
