using ReportBot.Core.Templates;
using ReportBot.Core.Tests.Support;
using ReportBot.Core.WorkLog;

namespace ReportBot.Core.Tests.WorkLog;

public sealed class WorkLogReaderTests
{
    private static readonly DateOnly Friday = new(2026, 6, 19);

    [Fact]
    public void A_weekly_summary_gives_one_entry_per_item_each_with_its_day_and_sentence()
    {
        var entries = WorkLogReader.Read(Catalogs.Ideology, "本周工作：\n1.周一召开意识形态专题会议；\n2.周三开展禁毒知识讲座2场；\n3.6月12日《红旗日报》刊发我街道经验做法。", Friday);
        Assert.Collection(
            entries,
            e => Assert.Equal(("topic_meetings", new DateOnly(2026, 6, 15), "周一召开意识形态专题会议；"), (e.SlotId, e.Date, e.Source)),
            e => Assert.Equal(("prevention_lectures", new DateOnly(2026, 6, 17), 2L), (e.SlotId, e.Date, e.Count!.Value)),
            e => Assert.Equal(("media", new DateOnly(2026, 6, 12), "《红旗日报》"), (e.SlotId, e.Date, e.Name!)));
    }

    [Fact]
    public void The_answer_says_what_was_filed_on_which_day()
    {
        var reading = WorkLogReader.ReadWithNotes(Catalogs.Ideology, "3月5日召开意识形态专题会议", Friday);
        Assert.Equal(["已记入工作记录（3月5日）：意识形态专题会议 +1"], LogReply.Lines(Catalogs.Ideology, reading));
    }

    [Fact]
    public void The_answer_asks_when_unsure_and_explains_what_it_left_out()
    {
        var asked = WorkLogReader.ReadWithNotes(Catalogs.Ideology, "在学习强国平台发表信息2篇", Friday);
        Assert.Equal(["需要确认：媒体发表信息 +2——没有写明媒体名称，请告诉我是在哪家媒体发表的"], LogReply.Lines(Catalogs.Ideology, asked));

        var plan = WorkLogReader.ReadWithNotes(Catalogs.Ideology, "下周三将召开意识形态专题会议", Friday);
        Assert.Contains("计划", Assert.Single(LogReply.Lines(Catalogs.Ideology, plan)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_compound_name_that_fits_two_slots_is_asked_with_the_other_as_alternative()
    {
        var entry = Assert.Single(WorkLogReader.Read(Catalogs.Ideology, "召开意识形态专题研判会", Friday));
        Assert.True(entry.Ask);
        Assert.Equal(("analysis_meetings", "topic_meetings"), (entry.SlotId, Assert.Single(entry.Alternatives)));
    }

    [Fact]
    public void A_name_two_lists_claim_is_filed_once_and_asked_about()
    {
        var entry = Assert.Single(WorkLogReader.Read(Catalogs.Ideology, "举办“道德讲堂”演讲比赛", Friday));
        Assert.True(entry.Ask);
        Assert.Single(entry.Alternatives);
    }

    [Fact]
    public void A_date_after_the_message_is_asked_about()
    {
        var entry = Assert.Single(WorkLogReader.Read(Catalogs.Ideology, "6月26日召开意识形态专题会议", Friday));
        Assert.True(entry.Ask);
        Assert.Contains("6月26日", entry.Doubt, StringComparison.Ordinal);
    }

    [Fact]
    public void Invisible_characters_and_full_width_digits_do_not_matter()
    {
        var entry = Assert.Single(WorkLogReader.Read(Catalogs.Ideology, "召开意识形态\u200B专题会议３次", Friday));
        Assert.Equal(3, entry.Count);
    }

    [Fact]
    public void A_template_without_a_work_log_block_files_nothing()
    {
        var template = Catalogs.Of("---\nid: t\nversion: 1\nname: 测试\n---\n\n# {{period period | 报告期是？}}测试\n\n- [召开会议{{count m 次 | 几次？}}次]。\n").Templates[0];
        Assert.Empty(template.LogRules);
        Assert.Empty(WorkLogReader.Read(template, "召开会议3次", Friday));
    }

    [Fact]
    public void Reading_is_pure_and_never_throws_on_odd_input()
    {
        string[] odd = ["", "\n\n", "《", "“”", "第", "1.", "（1）", "12345678901234567890次会议", "百分之", "%", "N个宣传月", "第个宣传月", "😀召开意识形态专题会议😀"];
        foreach (var text in odd)
        {
            Assert.Equal(
                WorkLogReader.Read(Catalogs.Ideology, text, Friday).Select(LogJson.Entry),
                WorkLogReader.Read(Catalogs.Ideology, text, Friday).Select(LogJson.Entry));
        }
    }

    [Fact]
    public void Json_lines_have_the_issue_format()
    {
        var entries = new[]
        {
            new LogEntry("topic_meetings", Friday, "s") { Count = 1 },
            new LogEntry("media", Friday, "s") { Name = "《红旗日报》", Count = 1 },
            new LogEntry("culture_events", Friday, "s") { Item = "“我爱祖国”绘画比赛" },
            new LogEntry("mediation_rate", Friday, "s") { Value = 97.50m },
            new LogEntry("month_theme", Friday, "s") { Text = "民族团结进步", Ask = true },
        };
        Assert.Equal(
            """{"text": "a \"b\"", "slots": [{"slot": "topic_meetings", "count": 1}, {"slot": "media", "name": "《红旗日报》", "count": 1}, {"slot": "culture_events", "item": "“我爱祖国”绘画比赛"}, {"slot": "mediation_rate", "value": 97.5}, {"slot": "month_theme", "text": "民族团结进步", "ask": true}]}""",
            LogJson.Line("a \"b\"", entries));
        Assert.Equal("""{"text": "收到", "slots": []}""", LogJson.Line("收到", []));
    }

    [Fact]
    public void Every_declared_slot_of_the_sample_template_can_be_filed()
    {
        var filed = Catalogs.Ideology.LogRules.Select(r => r.SlotId).ToHashSet();
        Assert.Contains("topic_meetings", filed);
        Assert.All(Catalogs.Ideology.LogRules, r => Assert.NotEqual(SlotKind.Defaults, Catalogs.Ideology.Slot(r.SlotId).Kind));
    }
}
