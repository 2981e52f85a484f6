namespace ReportBot.Core.Answers;

/// <summary>The Chinese messages for a count that could not be read, worded for the expected unit.</summary>
internal sealed class CountMessages(string? unit, bool approximate)
{
    private readonly string _noun = Noun(unit);
    private readonly string _example = Example(unit, approximate);

    public string Empty => $"没有收到内容。请回复一个数字，如{_example}。";

    public string NotRecognised => $"没能识别为{_noun}。请回复一个数字，如{_example}。";

    public string Negative => $"{_noun}不能是负数，请回复0或更大的数字，如“3”。";

    public string Decimal => $"{_noun}应为整数，如“3”。";

    public string TooLarge => $"{_noun}过大（不能超过1000万），请核对后重新回复，如“3”。";

    /// <summary>次 → 次数, 篇 → 篇数, 名 → 人数, no unit → 数量.</summary>
    public static string Noun(string? unit) => unit?.Trim() switch
    {
        null or "" => "数量",
        "名" or "位" => "人数",
        var u when u.EndsWith('数') => u,
        var u => u + "数",
    };

    private static string Example(string? unit, bool approximate)
    {
        var u = unit?.Trim() ?? string.Empty;
        return approximate ? $"“50”或“50余{u}”" : $"“3”或“三{u}”";
    }
}
