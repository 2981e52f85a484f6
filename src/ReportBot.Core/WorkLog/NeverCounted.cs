using System.Text.RegularExpressions;

namespace ReportBot.Core.WorkLog;

/// <summary>
/// What is never counted, whatever the template declares: notices and requests, questions, plans, cancellations,
/// denials and articles not yet published. These are properties of the language of work messages, not of a report
/// type, so they live here rather than in templates.
/// </summary>
internal static partial class NeverCounted
{
    public const string Notice = "这是通知或安排，不是已开展的工作";
    public const string Question = "这是一个问题，不是已开展的工作";
    public const string Plan = "这是计划或尚未完成的事（将、拟、计划、下周、待刊发…）";
    public const string Cancelled = "这项活动已取消或延期";
    public const string Denied = "消息说这项工作没有开展";

    /// <summary>A heading such as 【通知】 as the first sentence: the whole message is a notice.</summary>
    public static bool IsNoticeHeading(string sentence) => NoticeHeading().IsMatch(sentence);

    /// <summary>Why a whole sentence is not read, or null.</summary>
    public static string? WholeSentence(string sentence) =>
        NoticeWords().IsMatch(sentence) ? Notice : QuestionWords().IsMatch(sentence) ? Question : null;

    /// <summary>
    /// The clauses of a sentence that are not events, with the reason: a plan marker blocks its clause and the
    /// rest of the sentence ("下周三将召开…"); a denial blocks its clause ("本月未召开…"); a cancellation blocks its
    /// clause, and the clause before it when it names no activity itself ("原定周五的会议，因故延期").
    /// </summary>
    public static string?[] Blocked(string half, IReadOnlyList<Span> clauses, Func<int, bool> namesActivity)
    {
        var blocked = new string?[clauses.Count];
        var cancelled = clauses.Any(c => CancelWords().IsMatch(half[c.Start..c.End])); // 原定…，因故延期
        for (var i = 0; i < clauses.Count; i++)
        {
            var text = half[clauses[i].Start..clauses[i].End];
            if (PlanWords().IsMatch(text))
            {
                Array.Fill(blocked, cancelled ? Cancelled : Plan, i, clauses.Count - i);
                break;
            }

            if (DenialWords().IsMatch(text))
            {
                blocked[i] = Denied;
            }

            if (CancelWords().IsMatch(text))
            {
                blocked[i] = Cancelled;
                if (i > 0 && !namesActivity(i))
                {
                    blocked[i - 1] = Cancelled;
                }
            }
        }

        return blocked;
    }

    [GeneratedRegex(@"^[【\[]?(?:紧急|会议|重要)?通知(?:[】\]:]|$)")]
    private static partial Regex NoticeHeading();

    // Requests and notices: 请各社区…, 请于…前报送, 务必, …的通知.
    [GeneratedRegex(@"通知|请(?:各|于|大家|准时|按时|提前|认真|及时|相关|务必|统计|抓紧|尽快)|务必|准时参(?:加|会)")]
    private static partial Regex NoticeWords();

    // A question mark, or 几次/是否/多少 (十几场 and 好几次 are vague counts, not questions).
    [GeneratedRegex(@"\?|[吗呢]$|(?<![十\d好数])几[次场篇件期个]|是否|多少")]
    private static partial Regex QuestionWords();

    [GeneratedRegex(@"将(?=于|在|要|会|召开|开展|举办|组织|进行|举行|启动|邀请|陆续|继续|持续|深入|统一|集中|分批|赴|到|对|面向)|(?<![模虚])拟|(?<![按照据度习作划])计划(?=于|在|将|下|本|近期|开展|召开|举办|组织|邀请|进行|启动|明|今)|准备(?=于|在|召开|开展|举办|组织|邀请|下|明)|预计|打算|即将|定于|届时|筹备|起草|酝酿|争取(?=在|于|发表|刊|被)|待(?=召开|开展|举办|刊|发表|发布|审)|送审|审核中|审核通过后|原定|原计划|下周|下星期|下个?月|明天|明日|明早|后天|明年")]
    private static partial Regex PlanWords();

    [GeneratedRegex(@"未(?!成年|来|知)|没有|没(?=开|召|搞|办|组|举|参|发)|暂无|不再")]
    private static partial Regex DenialWords();

    [GeneratedRegex(@"取消|延期|推迟|改期|顺延|暂停|停办")]
    private static partial Regex CancelWords();
}
