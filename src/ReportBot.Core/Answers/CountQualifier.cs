namespace ReportBot.Core.Answers;

/// <summary>
/// How exact a count is, as the user said it. Ordered from the most to the least exact: when an answer
/// holds both ("大约五十多场"), the larger value wins, because "50余" is what the draft can say.
/// </summary>
public enum CountQualifier
{
    /// <summary>Exactly the number: "5次".</summary>
    Exact = 0,

    /// <summary>About the number: 约/大约/大概/左右/上下/将近/近/接近 ("约5次", "5次左右").</summary>
    About = 1,

    /// <summary>The number and some more: 余/多/来/以上/超过/逾 ("十余场", "四十多篇", "超过50场").</summary>
    MoreThan = 2,
}
