using System.Text.RegularExpressions;
using ReportBot.Core.Templates;

namespace ReportBot.Core.WorkLog;

/// <summary>A name in marks, as the message writes it: 《红旗日报》, “我爱祖国”.</summary>
internal sealed record FoundName(Span At, string Text);

/// <summary>Finds names written in the marks of a <see cref="LogNameForm"/>.</summary>
internal static partial class NameFinder
{
    /// <summary>
    /// The names in <paramref name="span"/>. For 《…》, article titles are left out: 以《…》为题, 《…》一文 and
    /// 稿件《…》 (文章, 推文, 题为…) name an article, not the paper that printed it. For “…”, 「…」 and "…" are read as well.
    /// </summary>
    public static List<FoundName> Find(MessageText text, Span span, LogNameForm form)
    {
        var names = new List<FoundName>();
        var half = text.Half;
        for (var i = span.Start; i < span.End; i++)
        {
            var close = CloseOf(form, half[i]);
            var end = close == '\0' ? -1 : half.IndexOf(close, i + 1);
            if (end < 0 || end >= span.End)
            {
                continue;
            }

            var name = new FoundName(new Span(i, end + 1), text.Clean[i..(end + 1)]);
            if (form.Open != '《' || !IsArticleTitle(half, name.At))
            {
                names.Add(name);
            }

            i = end;
        }

        return names;
    }

    private static char CloseOf(LogNameForm form, char c) => c == form.Open ? form.Close
        : form.Open == '“' && c is '「' ? '」'
        : form.Open == '“' && c is '"' ? '"'
        : '\0';

    private static bool IsArticleTitle(string half, Span at) =>
        (at.Start > 0 && half[at.Start - 1] == '以' && half.AsSpan(at.End).StartsWith("为题"))
        || ArticleAfter().IsMatch(half[at.End..Math.Min(half.Length, at.End + 3)])
        || ArticleBefore().IsMatch(half[Math.Max(0, at.Start - 2)..at.Start]);

    [GeneratedRegex("^(?:一文|文章|等文|的文章)")]
    private static partial Regex ArticleAfter();

    [GeneratedRegex("(?:稿件|文章|推文|题为|署名|撰写)$")]
    private static partial Regex ArticleBefore();
}
