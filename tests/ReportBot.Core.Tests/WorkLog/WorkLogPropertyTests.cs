using CsCheck;
using ReportBot.Core.Answers;
using ReportBot.Core.Templates;
using ReportBot.Core.Tests.Answers.Properties;
using ReportBot.Core.Tests.Support;
using ReportBot.Core.WorkLog;
using Xunit.Abstractions;

namespace ReportBot.Core.Tests.WorkLog;

/// <summary>
/// Messages stitched from the words work messages are made of (keywords, numbers, measure words, names, dates,
/// traps). Bounded by <see cref="PropertyRun"/> (samples and seconds); a failure prints its seed.
/// </summary>
public sealed class WorkLogPropertyTests(ITestOutputHelper output)
{
    private static readonly DateOnly Friday = new(2026, 6, 19);

    private static readonly string[] Words =
    [
        "召开", "开展", "举办", "组织", "意识形态专题会议", "分析研判会", "主题党日", "党课", "专题研讨", "中心组学习", "集中学习",
        "禁毒", "反邪教", "宣传", "活动", "讲座", "培训", "矛盾纠纷", "调处率", "刊发", "发表", "公众号", "推送", "比赛", "系列活动",
        "《红旗日报》", "“我爱祖国”", "“道德讲堂”", "第", "3", "三", "十二", "两", "一起", "次", "场", "篇", "件", "人", "份", "余", "多",
        "共", "其中", "每周", "97.5%", "百分之九十", "宣传月", "第38个", "民族团结进步", "3月5日", "上周三", "昨天", "取消", "将", "未",
        "请各", "，", "、", "：", "（", "）", "“", "》", " ", "😀", "\u200B",
    ];

    private static readonly string[] Terminators = ["。", "？", "；", "\n", "1.", "（2）", "①", "二是"];

    private static Gen<string> Sentence => Gen.OneOf<string>(Words).Array[0, 12].Select(w => string.Concat(w));

    /// <summary>A sentence without brackets or 、, which could make an item number ("（3）", "，3、") and so a new sentence.</summary>
    private static Gen<string> PlainSentence => Gen.OneOf<string>(Words.Where(w => w is not ("（" or "）" or "、")).ToArray()).Array[0, 12].Select(w => string.Concat(w));

    private static Gen<string> Message => Gen.Frequency((4, Sentence), (1, Gen.OneOf<string>(Terminators))).Array[1, 5].Select(w => string.Concat(w));

    private static ReportTemplate Template => Catalogs.Ideology;

    [Fact]
    public void Any_message_reads_the_same_twice_into_declared_slots_with_sane_values() =>
        PropertyRun.Check(Message, text =>
        {
            var entries = WorkLogReader.Read(Template, text, Friday);
            Assert.Equal(entries.Select(LogJson.Entry), WorkLogReader.Read(Template, text, Friday).Select(LogJson.Entry));
            var clean = TextNormalizer.Clean(text);
            foreach (var entry in entries)
            {
                Assert.Contains(Template.LogRules, r => r.SlotId == entry.SlotId || r.CountSlot == entry.SlotId);
                Assert.True(entry.Count is null or >= 0, $"count {entry.Count}");
                Assert.True(Template.Slot(entry.SlotId).Kind != SlotKind.Percent || entry.Value is >= 0 and <= 100);
                Assert.Contains(entry.Source, clean, StringComparison.Ordinal);
                Assert.True(entry.Ask == entry.Doubt is not null);
            }
        }, output.WriteLine, iter: 5_000, seconds: 4);

    [Fact]
    public void A_sentence_that_starts_as_a_plan_files_nothing() =>
        PropertyRun.Check(PlainSentence, text =>
        {
            Assert.Empty(WorkLogReader.Read(Template, "下周将" + text, Friday));
            Assert.Empty(WorkLogReader.Read(Template, "请各社区" + text, Friday));
        }, output.WriteLine, iter: 5_000, seconds: 4);
}
