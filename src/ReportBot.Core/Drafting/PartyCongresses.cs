namespace ReportBot.Core.Drafting;

/// <summary>
/// "深入学习贯彻…精神" names the latest Party congress and the plenary sessions held since, as of a date: a report
/// on 2020年上半年 studied the 十九大 and 十九届二中、三中、四中全会, not the 二十大.
/// </summary>
public static class PartyCongresses
{
    private static readonly (DateOnly Date, string Name)[] Congresses =
    [
        (new(2012, 11, 8), "十八大"),
        (new(2017, 10, 18), "十九大"),
        (new(2022, 10, 16), "二十大"),
    ];

    private static readonly (DateOnly Date, string Session, string Name)[] Plenaries =
    [
        (new(2013, 11, 9), "十八大", "十八届三中"),
        (new(2014, 10, 20), "十八大", "十八届四中"),
        (new(2015, 10, 26), "十八大", "十八届五中"),
        (new(2016, 10, 24), "十八大", "十八届六中"),
        (new(2018, 1, 18), "十九大", "十九届二中"),
        (new(2018, 2, 26), "十九大", "十九届三中"),
        (new(2019, 10, 28), "十九大", "十九届四中"),
        (new(2020, 10, 26), "十九大", "十九届五中"),
        (new(2021, 11, 8), "十九大", "十九届六中"),
        (new(2023, 2, 26), "二十大", "二十届二中"),
        (new(2024, 7, 15), "二十大", "二十届三中"),
        (new(2025, 10, 20), "二十大", "二十届四中"),
    ];

    /// <summary>
    /// "党的十九大和十九届二中、三中、四中全会精神" as of <paramref name="asOf"/>; with more than three plenaries since the
    /// congress, "党的二十大和二十届历次全会精神", as documents of that time say.
    /// </summary>
    public static string Spirit(DateOnly asOf)
    {
        var congress = Congresses.LastOrDefault(c => c.Date <= asOf);
        if (congress.Name is null)
        {
            return "党的重要会议精神";
        }

        var plenaries = Plenaries.Where(p => p.Session == congress.Name && p.Date <= asOf).Select(p => p.Name).ToList();
        return plenaries.Count switch
        {
            0 => $"党的{congress.Name}精神",
            > 3 => $"党的{congress.Name}和{plenaries[0][..3]}历次全会精神",
            _ => $"党的{congress.Name}和{plenaries[0]}{string.Concat(plenaries.Skip(1).Select(p => "、" + p[3..]))}全会精神",
        };
    }
}
