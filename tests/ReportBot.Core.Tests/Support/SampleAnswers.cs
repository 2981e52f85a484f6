using ReportBot.Core.Answers;
using ReportBot.Core.Interview;

namespace ReportBot.Core.Tests.Support;

/// <summary>A full set of answers for the ideology template, with distinct numbers so each can be found.</summary>
public static class SampleAnswers
{
    public static Dictionary<string, SlotAnswer> Ideology() => new()
    {
        ["period"] = new() { Text = "2020年上半年" },
        ["unit"] = new() { Text = "红旗街道", Body = "党工委" },
        ["secretary_duty"] = new() { Number = 1 },
        ["duty_meetings"] = new() { Number = 4 },
        ["leaders_duty"] = new() { Number = 1 },
        ["duty_letters"] = new() { Number = 12 },
        ["liaison"] = new() { Number = 1 },
        ["duty_extra"] = new() { Items = [] },
        ["topic_meetings"] = new() { Number = 3 },
        ["analysis_meetings"] = new() { Number = 2 },
        ["party_days"] = new() { Number = 6 },
        ["party_lectures"] = new() { Number = 4 },
        ["seminars"] = new() { Number = 5 },
        ["group_study"] = new() { Number = 12 },
        ["theory_study"] = new() { Number = 24 },
        ["trainings"] = new() { Number = 15 },
        ["study_extra"] = new() { Items = [] },
        ["media"] = new() { Pairs = [new("《红旗日报》", 7), new("《红旗发布》（今日头条）", 9), new("《社区通讯》", 11)] },
        ["wechat_posts"] = new() { Number = 352 },
        ["culture_events"] = new() { Items = ["“我爱祖国”绘画比赛", "迎新春联谊会"] },
        ["culture_count"] = new() { Number = 8 },
        ["series_events"] = new() { Items = ["“我们的节日”", "“道德讲堂”"] },
        ["series_count"] = new() { Number = 16 },
        ["youth_practice"] = new() { Number = 1 },
        ["publicity_extra"] = new() { Items = [] },
        ["disputes"] = new() { Number = 41 },
        ["mediation_rate"] = new() { Percent = 98.5m },
        ["month_ordinal"] = new() { Number = 38 },
        ["month_theme"] = new() { Text = "民族团结进步" },
        ["prevention_events"] = new() { Number = 50 },
        ["prevention_lectures"] = new() { Number = 13 },
        ["key_groups"] = new() { Number = 1 },
        ["anti_crime_events"] = new() { Number = 17 },
        ["liaison_mechanism"] = new() { Number = 1 },
        ["defense_extra"] = new() { Items = [] },
        ["problems"] = new() { Mode = DefaultsMode.Keep },
        ["plans"] = new() { Mode = DefaultsMode.Extend, Items = ["加强网格员队伍建设"] },
    };
}
