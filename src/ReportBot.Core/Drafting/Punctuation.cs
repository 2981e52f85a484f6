using System.Text;
using System.Text.RegularExpressions;

namespace ReportBot.Core.Drafting;

/// <summary>Full-width punctuation for user text, and the tidy-up after dropped fragments.</summary>
public static partial class Punctuation
{
    private const string Separators = "，、；";

    /// <summary>
    /// Converts ASCII punctuation typed by the user into full-width (, ; : ! ? ( ) and straight quotes), except
    /// between two ASCII letters or digits ("1,200", "3.5", "A:B").
    /// </summary>
    public static string ToFullWidth(string text)
    {
        var result = new StringBuilder(text.Length);
        var openQuote = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var between = i > 0 && i < text.Length - 1 && char.IsAsciiLetterOrDigit(text[i - 1]) && char.IsAsciiLetterOrDigit(text[i + 1]);
            result.Append(c switch
            {
                ',' when !between => '，',
                ';' => '；',
                ':' when !between => '：',
                '!' => '！',
                '?' => '？',
                '(' => '（',
                ')' => '）',
                '"' => (openQuote = !openQuote) ? '”' : '“',
                _ => c,
            });
        }

        return result.ToString();
    }

    /// <summary>
    /// Closes up punctuation left behind when optional fragments drop out: "，。" → "。", "：，" → "：", a separator at
    /// the start is removed and one at the end becomes "。".
    /// </summary>
    public static string Tidy(string text)
    {
        var tidy = SeparatorBeforeStop().Replace(text, "$1").Replace("。。", "。", StringComparison.Ordinal);
        tidy = RepeatedSeparators().Replace(tidy, m => m.Value.Contains('，', StringComparison.Ordinal) ? "，" : m.Value[..1]);
        tidy = SeparatorAfterStop().Replace(tidy, "$1");
        tidy = tidy.TrimStart(',', '，', '、', '；', '。', ' ');
        if (tidy.Length > 0 && (Separators.Contains(tidy[^1], StringComparison.Ordinal) || tidy[^1] == '：'))
        {
            tidy = tidy[..^1] + "。";
        }

        return tidy;
    }

    /// <summary>Ends a sentence with "。" unless it already ends with terminal punctuation.</summary>
    public static string EndSentence(string text)
    {
        var trimmed = text.TrimEnd();
        if (trimmed.Length == 0)
        {
            return trimmed;
        }

        return trimmed[^1] switch
        {
            '。' or '！' or '？' or '；' => trimmed,
            '，' or '、' or '：' or '.' or ',' or ';' => trimmed[..^1] + "。",
            _ => trimmed + "。",
        };
    }

    /// <summary>
    /// Joins a series with 、, except between two items in quotation marks or 书名号, which GB/T 15834 writes
    /// side by side: “我们的节日”“道德讲堂”.
    /// </summary>
    public static string JoinSeries(IEnumerable<string> items)
    {
        var output = new StringBuilder();
        foreach (var item in items)
        {
            var quoted = output.Length > 0 && output[^1] is '”' or '》' && item.Length > 0 && item[0] is '“' or '《';
            if (output.Length > 0 && !quoted)
            {
                output.Append('、');
            }

            output.Append(item);
        }

        return output.ToString();
    }

    /// <summary>True when the text starts with a separator (，、；).</summary>
    public static bool StartsWithSeparator(string text) => text.Length > 0 && Separators.Contains(text[0], StringComparison.Ordinal);

    [GeneratedRegex("[，、；]+([。；：！？])")]
    private static partial Regex SeparatorBeforeStop();

    [GeneratedRegex("[，、；]{2,}")]
    private static partial Regex RepeatedSeparators();

    [GeneratedRegex("([。：！？（])[，、；]+")]
    private static partial Regex SeparatorAfterStop();
}
