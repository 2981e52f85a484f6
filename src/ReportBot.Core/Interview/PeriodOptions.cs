using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ReportBot.Core.Answers;

namespace ReportBot.Core.Interview;

/// <summary>The report periods offered as buttons, computed from today's date, and the reading of typed periods.</summary>
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

    /// <summary>
    /// Reads a typed period into its stored form ("2020年上半年", "2020年", "2020年第三季度") or returns null.
    /// Written years ("2020年上半年", "2020 上半年", "20年上半年", "二〇二〇年上半年"), the parts people write
    /// ("年度", "一季度", "第3季度", "Q3", month ranges such as "1-6月" or "一至三月") and, when
    /// <paramref name="today"/> is given, years relative to it ("今年上半年", "去年", "本年度") or none at all
    /// ("上半年": this year's, or last year's when this year's has not begun).
    /// </summary>
    public static string? Normalize(string text, DateOnly? today = null)
    {
        var match = Pattern().Match(Simplify(text));
        if (!match.Success || (match.Groups["year"].Length == 0 && match.Groups["part"].Length == 0))
        {
            return null;
        }

        var part = Part(match);
        if (part is null)
        {
            return null;
        }

        var year = Year(match.Groups["year"].Value, today);
        if (year is null)
        {
            if (match.Groups["year"].Length > 0 || today is not { } now)
            {
                return null;
            }

            // No year: this year's period, unless it has not begun yet (a report looks back); a whole year in
            // January–February is last year's, as the buttons offer then.
            year = Start(now.Year, part) > now || (part.Length == 0 && now.Month <= 2) ? now.Year - 1 : now.Year;
        }

        return year + "年" + part;
    }

    /// <summary>The part after the year as stored: "" (the whole year), "上半年", "下半年" or "第N季度"; null when unknown.</summary>
    private static string? Part(Match match)
    {
        if (match.Groups["from"].Success)
        {
            return Months(Month(match.Groups["from"].Value), Month(match.Groups["to"].Value));
        }

        var part = match.Groups["part"].Value;
        if (match.Groups["quarter"].Success)
        {
            return $"第{Quarters[Month(match.Groups["quarter"].Value) - 1][1]}季度";
        }

        return part switch
        {
            "" or "度" or "年度" or "全年" or "全年度" or "整年" => string.Empty,
            _ => part[..3],
        };
    }

    private static string? Months(int from, int to) => (from, to) switch
    {
        (1, 12) => string.Empty,
        (1, 6) => "上半年",
        (7, 12) => "下半年",
        (1, 3) or (4, 6) or (7, 9) or (10, 12) => $"第{Quarters[(from - 1) / 3][1]}季度",
        _ => null,
    };

    private static int Month(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number
        : ChineseNumerals.TryParse(text, out var chinese) ? (int)chinese
        : 0;

    private static int? Year(string text, DateOnly? today)
    {
        var digits = text.TrimEnd('年');
        if (digits.Length == 4 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var full))
        {
            return full;
        }

        if (digits.Length == 2 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var two))
        {
            return 2000 + two;
        }

        return (digits, today) switch
        {
            ("今" or "本", { } now) => now.Year,
            ("去" or "上" or "上一", { } now) => now.Year - 1,
            ("前", { } now) => now.Year - 2,
            _ => null,
        };
    }

    private static DateOnly Start(int year, string part) => part switch
    {
        "下半年" => new DateOnly(year, 7, 1),
        "" or "上半年" => new DateOnly(year, 1, 1),
        _ => new DateOnly(year, ("一二三四".IndexOf(part[1], StringComparison.Ordinal) * 3) + 1, 1),
    };

    /// <summary>Drops what does not change the period: spaces, closing punctuation, "工作总结"; makes digits ASCII.</summary>
    private static string Simplify(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        var simple = ChineseYear().Replace(builder.ToString(), m => string.Concat(m.Groups[1].Value.Select(YearDigit)) + "年", 1)
            .TrimEnd('。', '.', '!', '！', '，', ',');
        foreach (var suffix in (string[])["的工作总结", "工作总结", "的总结", "总结", "的"])
        {
            if (simple.EndsWith(suffix, StringComparison.Ordinal))
            {
                simple = simple[..^suffix.Length];
                break;
            }
        }

        return simple;
    }

    /// <summary>A Chinese digit as written in years ("二〇二〇年", "二零二零年") as its ASCII digit.</summary>
    private static char YearDigit(char c) => (char)('0' + Math.Max(0, "〇零一二三四五六七八九".IndexOf(c, StringComparison.Ordinal) - 1));

    [GeneratedRegex("^([〇零一二三四五六七八九]{4}|[〇零一二三四五六七八九]{2})年")]
    private static partial Regex ChineseYear();

    [GeneratedRegex("""
        ^(?<year>(19|20)\d\d年?|\d\d年|今年|本年|去年|上年|上一年|前年)?
        (?<part>上半年度?|下半年度?|全年度?|整年|年度|度
          |第?(?<quarter>[一二三四1-4])季度?
          |[Qq](?<quarter>[1-4])
          |(?<from>[0-9一二三四五六七八九十]{1,3})月?(份)?(-|－|—|–|~|～|至|到)(?<to>[0-9一二三四五六七八九十]{1,3})月份?)?$
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Pattern();
}
