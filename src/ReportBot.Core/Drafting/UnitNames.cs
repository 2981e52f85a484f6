namespace ReportBot.Core.Drafting;

/// <summary>
/// How a unit and its party body are named in a 公文: "红旗街道" / "街道" / "全街道" / "辖区", "党工委书记",
/// "党工委班子成员", "党工委理论学习中心组", and in the sign-off "中共红旗街道工作委员会".
/// </summary>
public static class UnitNames
{
    /// <summary>The party bodies offered, most common first.</summary>
    public static IReadOnlyList<string> Bodies { get; } = ["党工委", "党委", "党总支", "党支部"];

    /// <summary>The forms a template can print: <c>{{unit.short}}</c> and so on.</summary>
    public static IReadOnlyList<string> Forms { get; } = ["short", "all", "here", "body", "party", "secretary", "leaders", "group", "subunits", "signoff", "office"];

    private static readonly string[] Kinds = ["街道", "社区", "镇", "乡", "村", "居委会", "学校", "医院", "公司", "局", "委", "办", "中心", "所", "站", "院", "校"];

    private static readonly (string Suffix, string Body)[] Suffixes =
    [
        ("党工委", "党工委"), ("工委", "党工委"), ("党总支", "党总支"), ("总支", "党总支"), ("党支部", "党支部"), ("支部", "党支部"), ("党委", "党委"),
    ];

    /// <summary>"红旗街道党工委" → ("红旗街道", "党工委"); "红旗街道" → ("红旗街道", null).</summary>
    public static (string Place, string? Body) Split(string typed)
    {
        var name = typed.StartsWith("中共", StringComparison.Ordinal) ? typed[2..] : typed;
        foreach (var (suffix, body) in Suffixes)
        {
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return (name[..^suffix.Length], body);
            }
        }

        return (name, null);
    }

    /// <summary>A 街道 has a 党工委; a 社区, 镇 or 村 usually a 党委; other units a 党委 too.</summary>
    public static string GuessBody(string place) => place.EndsWith("街道", StringComparison.Ordinal) ? "党工委" : "党委";

    /// <summary>The place's kind as a short form: "红旗街道" → "街道"; the place itself when no kind is recognised.</summary>
    public static string KindOf(string place) => Kinds.FirstOrDefault(k => place.Length > k.Length && place.EndsWith(k, StringComparison.Ordinal)) ?? place;

    /// <summary>One form of the unit's name.</summary>
    public static string Form(string place, string body, string? form) => form switch
    {
        "short" => KindOf(place),
        "all" => KindOf(place) == place ? "全" + place : "全" + KindOf(place),
        "here" => IsArea(place) ? "辖区" : "本单位",
        "body" => body,
        "party" => place + body,
        "secretary" => body + "书记",
        "leaders" => body is "党工委" or "党委" ? body + "班子成员" : body + "委员",
        "group" => body is "党工委" or "党委" ? body + "理论学习中心组" : body,
        "subunits" => KindOf(place) switch
        {
            "街道" => "各社区",
            "镇" or "乡" => "各村（社区）",
            "社区" => "各网格",
            "村" => "各村民小组",
            _ => "各部门",
        },
        "office" => KindOf(place) switch
        {
            "街道" => place + "办事处",
            "镇" or "乡" => place + "人民政府",
            "社区" => place + "居民委员会",
            "村" => place + "村民委员会",
            _ => place,
        },
        "signoff" => "中共" + place + body switch
        {
            "党工委" => "工作委员会",
            "党总支" => "总支部委员会",
            "党支部" => "支部委员会",
            _ => "委员会",
        },
        _ => place,
    };

    private static bool IsArea(string place) => KindOf(place) is "街道" or "社区" or "镇" or "乡" or "村" or "居委会";
}
