namespace ReportBot.Core.Drafting;

/// <summary>
/// Platforms a 公文 names in quotation marks ("在“学习强国”学习平台发表信息"), when the user typed them bare.
/// Names the user already marked (“…”, 《…》) are theirs and stay as typed.
/// </summary>
public static class KnownNames
{
    private static readonly Dictionary<string, string> Platforms = new(StringComparer.Ordinal)
    {
        ["学习强国"] = "“学习强国”学习平台",
        ["学习强国平台"] = "“学习强国”学习平台",
        ["学习强国学习平台"] = "“学习强国”学习平台",
        ["今日头条"] = "“今日头条”",
        ["抖音"] = "“抖音”",
        ["快手"] = "“快手”",
        ["微信视频号"] = "微信“视频号”",
        ["视频号"] = "“视频号”",
        ["小红书"] = "“小红书”",
    };

    /// <summary>The name as a 公文 writes it.</summary>
    public static string Quote(string name) => Platforms.GetValueOrDefault(name.Trim(), name);
}
