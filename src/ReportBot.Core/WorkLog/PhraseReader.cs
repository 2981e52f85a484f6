using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using ReportBot.Core.Answers;
using ReportBot.Core.Templates;

namespace ReportBot.Core.WorkLog;

/// <summary>A value read from a 写法 phrase: the N of 第N个…宣传月, or its ….</summary>
internal sealed record PhraseValue(SlotLogRule Rule, int At, long? Number, string? Text);

/// <summary>Reads 写法 phrases (<c>第N个…宣传月</c>): N stands for a number, … for a few words.</summary>
internal static class PhraseReader
{
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    public static IEnumerable<PhraseValue> Find(IEnumerable<SlotLogRule> rules, MessageText text, Span sentence)
    {
        var part = text.Half[sentence.Start..sentence.End];
        foreach (var rule in rules)
        {
            foreach (var phrase in rule.Phrases)
            {
                foreach (Match match in Patterns.GetOrAdd(phrase, Build).Matches(part))
                {
                    var number = match.Groups["n"] is { Success: true } n && ChineseNumerals.TryParse(n.Value, out var value) ? value : (long?)null;
                    var words = match.Groups["t"] is { Success: true } t ? text.Clean.Substring(sentence.Start + t.Index, t.Length) : null;
                    yield return new PhraseValue(rule, sentence.Start + match.Index, number, words);
                }
            }
        }
    }

    private static Regex Build(string phrase)
    {
        var pattern = new StringBuilder();
        foreach (var c in TextNormalizer.ToHalfWidth(phrase))
        {
            pattern.Append(c switch
            {
                'N' => "(?<n>[0-9零〇一二两三四五六七八九十百]+)",
                '…' => "(?<t>[^,:;。“”《》\\s]{1,16}?)",
                _ => Regex.Escape(c.ToString()),
            });
        }

        return new Regex(pattern.ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
