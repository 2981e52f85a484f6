using System.Text.RegularExpressions;
using ReportBot.Core.Answers;

namespace ReportBot.Core.Slots;

/// <summary>
/// Light checks on a name or theme: an answer with no word in it, a yes or no, or a count ("5次吧") is probably
/// meant for another question or a slip. The user is asked, and may insist.
/// </summary>
internal static partial class TextChecks
{
    /// <summary>A question to confirm an unusual text answer, or null when it looks like words.</summary>
    public static string? Doubt(string text)
    {
        var letters = text.Count(c => char.IsLetter(c));
        if (letters == 0)
        {
            return $"“{text}”里没有文字，看起来不像这一题的答案。确定这样写吗？";
        }

        if (AnswerParser.IsYesWord(text) || AnswerParser.IsNoWord(text) || AnswerParser.IsDoneWord(text))
        {
            return $"“{text}”看起来是在回答“是”或“不是”，这一题要填的是名称或内容。确定这样写吗？";
        }

        if (CountLike().IsMatch(text))
        {
            return $"“{text}”看起来是一个数量，这一题要填的是名称或内容。确定这样写吗？";
        }

        return text.Length == 1 ? $"“{text}”只有一个字，确定这样写吗？" : null;
    }

    /// <summary>
    /// True for an item that is not a piece of work: no words, a yes or no, or a bare count ("12", "2期", "三百多人次").
    /// </summary>
    public static bool IsStray(string item) =>
        !item.Any(char.IsLetter) || AnswerParser.IsYesWord(item) || AnswerParser.IsNoWord(item) || CountLike().IsMatch(item);

    // A count as people say it, and nothing else: "5次吧", "大概二十来次", "3个", "约10篇", "百分之九十八".
    [GeneratedRegex(@"^\s*(大概|大约|约|差不多|将近|近|共|一共|总共)?\s*(百分之)?[0-9０-９.．零〇一二三四五六七八九十百千万两几]+\s*(多|余|来|几)?\s*(次|个|篇|场|件|人|项|名|期|条|次数|人次|场次|%|％)?\s*(左右|上下|吧|啊|呢|了)?\s*$")]
    private static partial Regex CountLike();
}
