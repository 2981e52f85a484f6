using ReportBot.Core.Tests.Support;
using ReportBot.Core.WorkLog;

namespace ReportBot.Core.Tests.WorkLog;

public sealed class LogTotalsTests
{
    private static readonly DateOnly From = new(2026, 1, 1);
    private static readonly DateOnly To = new(2026, 6, 30);

    private static List<LogEntry> Log(params (string Text, string Date)[] messages) =>
        messages.SelectMany(m => WorkLogReader.Read(Catalogs.Ideology, m.Text, DateOnly.Parse(m.Date, System.Globalization.CultureInfo.InvariantCulture))).ToList();

    [Fact]
    public void Counts_add_up_over_the_period_with_their_sources()
    {
        var log = Log(("3月5日召开意识形态专题会议", "2026-03-05"), ("召开意识形态专题会议2次", "2026-04-02"), ("召开意识形态专题会议", "2026-07-02"));
        var total = Assert.Single(LogTotals.Sum(Catalogs.Ideology, log, From, To));
        Assert.Equal(("topic_meetings", 3L), (total.SlotId, total.Count!.Value));
        Assert.Equal(2, total.Sources.Count);
        Assert.Equal("工作记录：3次 — 3月5日 3月5日召开意识形态专题会议；4月2日 召开意识形态专题会议2次", LogReply.Summary(Catalogs.Ideology, total));
    }

    [Fact]
    public void Media_pairs_sum_per_paper_and_items_are_listed_once()
    {
        var log = Log(("《红旗日报》刊发我街道经验做法", "2026-03-01"), ("在《红旗日报》发表信息2篇", "2026-04-01"), ("在《红城发布》发表信息1篇", "2026-05-01"),
            ("举办“我爱祖国”绘画比赛", "2026-03-02"), ("举办“我爱祖国”绘画比赛", "2026-03-02"));
        var totals = LogTotals.Sum(Catalogs.Ideology, log, From, To).ToDictionary(t => t.SlotId);
        Assert.Equal(["《红旗日报》=3", "《红城发布》=1"], totals["media"].Pairs.Select(p => $"{p.Name}={p.Count}"));
        Assert.Equal(["“我爱祖国”绘画比赛"], totals["culture_events"].Items);
    }

    [Fact]
    public void A_named_activity_counts_for_its_count_slot_unless_its_message_gave_the_count()
    {
        var log = Log(("举办“我爱祖国”绘画比赛", "2026-03-02"), ("举办“红歌颂党恩”合唱比赛等文化活动3场", "2026-04-02"), ("开展文艺演出2场", "2026-05-02"));
        var count = LogTotals.Sum(Catalogs.Ideology, log, From, To).Single(t => t.SlotId == "culture_count");
        Assert.Equal(6, count.Count);
    }

    [Fact]
    public void Entries_to_be_asked_wait_for_the_user_and_different_values_are_flagged()
    {
        var log = Log(("多次开展政治理论学习", "2026-03-02"), ("调处率达97.5%", "2026-03-02"), ("调处率达98%", "2026-06-02"));
        var totals = LogTotals.Sum(Catalogs.Ideology, log, From, To);
        var rate = Assert.Single(totals);
        Assert.Equal((98m, true), (rate.Value!.Value, rate.Conflicting));
    }
}
