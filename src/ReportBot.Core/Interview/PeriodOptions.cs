using System.Text.RegularExpressions;

namespace ReportBot.Core.Interview;

/// <summary>The report periods offered as buttons, computed from today's date, and the check of typed periods.</summary>
public static partial class PeriodOptions
{
    private static readonly string[] Quarters = ["第一季度", "第二季度", "第三季度", "第四季度"];

    /// <summary>
    /// The periods to offer on <paramref name="today"/>: the halves and the whole of this year, its quarters up to
    /// the current one, and in January–February last year's second half and whole year.
    /// </summary>
    public static IReadOnlyList<(string Label, string Value)> For(DateOnly today)
    {
        var year = today.Year;
        var options = new List<(string, string)>
        {
            ($"{year}年上半年", $"{year}年上半年"),
            ($"{year}年下半年", $"{year}年下半年"),
            ($"{year}年全年", $"{year}年"),
        };
        if (today.Month <= 2)
        {
            options.Insert(0, ($"{year - 1}年全年", $"{year - 1}年"));
            options.Insert(0, ($"{year - 1}年下半年", $"{year - 1}年下半年"));
        }

        var currentQuarter = (today.Month - 1) / 3;
        options.AddRange(Quarters.Take(currentQuarter + 1).Select(q => ($"{year}年{q}", $"{year}年{q}")));
        return options;
    }

    /// <summary>Normalises a typed period ("2020年上半年", "2020 上半年", "2020年度", "2020年一季度") or returns null.</summary>
    public static string? Normalize(string text)
    {
        var match = Pattern().Match(text.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("　", string.Empty, StringComparison.Ordinal));
        if (!match.Success)
        {
            return null;
        }

        var year = match.Groups["year"].Value;
        var part = match.Groups["part"].Value;
        return part switch
        {
            "" or "度" or "全年" => $"{year}年",
            "上半年" or "下半年" => $"{year}年{part}",
            _ => $"{year}年第{part.TrimStart('第')[0]}季度",
        };
    }

    [GeneratedRegex("^(?<year>(19|20)\\d\\d)年?(?<part>上半年|下半年|全年|度|第?[一二三四]季度)?$")]
    private static partial Regex Pattern();
}
