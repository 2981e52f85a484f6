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

    // The kind of place a name ends with, its short form and its 全… form: "实验小学" is 学校 and 全校.
    private static readonly (string Suffix, string Short, string All)[] Kinds =
    [
        ("街道", "街道", "全街道"), ("社区", "社区", "全社区"), ("镇", "镇", "全镇"), ("乡", "乡", "全乡"), ("村", "村", "全村"),
        ("居委会", "社区", "全社区"), ("小学", "学校", "全校"), ("中学", "学校", "全校"), ("大学", "学校", "全校"), ("学校", "学校", "全校"),
        ("医院", "医院", "全院"), ("公司", "公司", "全公司"), ("局", "局", "全局"), ("委", "委", "全委"), ("办", "办", "全办"),
        ("中心", "中心", "全中心"), ("所", "所", "全所"), ("站", "站", "全站"), ("院", "院", "全院"), ("校", "学校", "全校"),
    ];

    // A party body written as its short name or its official one ("中共红旗街道工作委员会"); longest first.
    // A bare 委员会 is a party body only after 中共 (a 居民委员会 is not).
    private static readonly (string Suffix, string Body)[] Suffixes =
    [
        ("总支部委员会", "党总支"), ("支部委员会", "党支部"), ("工作委员会", "党工委"), ("党工委", "党工委"), ("工委", "党工委"),
        ("党总支", "党总支"), ("总支", "党总支"), ("党支部", "党支部"), ("支部", "党支部"), ("党委", "党委"),
    ];

    // The administrative office of a place, written instead of the place: "红旗街道办事处" is 红旗街道.
    private static readonly (string Suffix, string Kind)[] Offices =
    [
        ("街道办事处", "街道"), ("办事处", "街道"), ("社区居民委员会", "社区"), ("居民委员会", "社区"), ("社区居委会", "社区"),
        ("村村民委员会", "村"), ("村民委员会", "村"), ("村委会", "村"), ("镇人民政府", "镇"), ("乡人民政府", "乡"),
    ];

    private static readonly string[] PartyPrefixes = ["中国共产党", "中共"];

    /// <summary>
    /// The place and party body in what was typed: "红旗街道党工委" → ("红旗街道", "党工委"); "中共红旗街道工作委员会" →
    /// ("红旗街道", "党工委"); "红旗街道办事处" → ("红旗街道", null). The place is empty when only a body was typed.
    /// </summary>
    public static (string Place, string? Body) Split(string typed)
    {
        var name = typed.Trim();
        var prefix = PartyPrefixes.FirstOrDefault(p => name.StartsWith(p, StringComparison.Ordinal));
        var official = prefix is not null;
        name = official ? name[prefix!.Length..] : name;
        string? body = null;
        foreach (var (suffix, found) in official ? [.. Suffixes, ("委员会", "党委")] : Suffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                (name, body) = (name[..^suffix.Length], found);
                break;
            }
        }

        foreach (var (suffix, kind) in Offices)
        {
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                name = name[..^suffix.Length] + kind;
                break;
            }
        }

        return (name.Trim() is "党" or "中共" ? string.Empty : name.Trim(), body);
    }

    /// <summary>A 街道 has a 党工委; a 社区, 镇 or 村 usually a 党委; other units a 党委 too.</summary>
    public static string GuessBody(string place) => place.EndsWith("街道", StringComparison.Ordinal) ? "党工委" : "党委";

    /// <summary>The place's kind as a short form: "红旗街道" → "街道"; the place itself when no kind is recognised.</summary>
    public static string KindOf(string place) => KindIndex(place) is var i and >= 0 ? Kinds[i].Short : place;

    private static string AllOf(string place) => KindIndex(place) is var i and >= 0 ? Kinds[i].All : place;

    private static int KindIndex(string place) =>
        Array.FindIndex(Kinds, k => place.Length > k.Suffix.Length && place.EndsWith(k.Suffix, StringComparison.Ordinal));

    /// <summary>One form of the unit's name.</summary>
    public static string Form(string place, string body, string? form) => form switch
    {
        "short" => KindOf(place),
        // A place of no known kind ("Hongqi Street") is named in full rather than as 全 + its name.
        "all" => AllOf(place),
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
