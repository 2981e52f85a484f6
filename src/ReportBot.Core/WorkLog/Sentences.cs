using System.Text.RegularExpressions;

namespace ReportBot.Core.WorkLog;

/// <summary>A sentence of a message (one numbered item of a summary is one sentence) and its clauses.</summary>
/// <param name="Whole">The sentence, terminator included.</param>
/// <param name="Read">What is read of it: up to 其中, after which a total is only broken down.</param>
/// <param name="Clauses">The parts of <paramref name="Read"/> between commas and colons outside quotes.</param>
internal sealed record Sentence(Span Whole, Span Read, IReadOnlyList<Span> Clauses);

/// <summary>Splits a message into sentences and clauses.</summary>
internal static partial class Sentences
{
    public static List<Sentence> Split(MessageText text)
    {
        var half = text.Half;
        var cuts = new SortedDictionary<int, int>(); // where a sentence starts → characters to skip (an item number)
        for (var i = 0; i < half.Length; i++)
        {
            if (half[i] is '\n' or '\u2028' or '\u2029' || (!text.Enclosed[i] && half[i] is '。' or ';' or '!' or '?'))
            {
                cuts[i + 1] = 0; // the terminator stays with its sentence: a ? makes it a question
            }
        }

        foreach (Match item in ItemNumber().Matches(half))
        {
            cuts[item.Index] = Math.Max(cuts.GetValueOrDefault(item.Index), item.Length);
        }

        var sentences = new List<Sentence>();
        var start = 0;
        foreach (var (at, skip) in cuts.Append(new(half.Length, 0)))
        {
            if (Trim(half, new Span(start, at)) is { Length: > 0 } whole)
            {
                sentences.Add(Make(text, whole));
            }

            start = Math.Max(start, at + skip);
        }

        return sentences;
    }

    private static Sentence Make(MessageText text, Span whole)
    {
        var half = text.Half;
        var end = whole.End;
        var breakdown = half.IndexOf("其中", whole.Start, whole.Length, StringComparison.Ordinal);
        if (breakdown >= 0 && !text.Enclosed[breakdown])
        {
            end = breakdown; // "5场，其中进校园2场、进社区3场": the parts are not further events
        }

        var clauses = new List<Span>();
        var start = whole.Start;
        for (var i = whole.Start; i <= end; i++)
        {
            if (i == end || (!text.Enclosed[i] && (half[i] == ',' || (half[i] == ':' && !BetweenDigits(half, i)))))
            {
                if (Trim(half, new Span(start, i)) is { Length: > 0 } clause)
                {
                    clauses.Add(clause);
                }

                start = i + 1;
            }
        }

        return new Sentence(whole, new Span(whole.Start, end), clauses);
    }

    private static bool BetweenDigits(string s, int i) => i > 0 && i + 1 < s.Length && char.IsAsciiDigit(s[i - 1]) && char.IsAsciiDigit(s[i + 1]);

    private static Span Trim(string s, Span span)
    {
        var (start, end) = (span.Start, span.End);
        while (start < end && (char.IsWhiteSpace(s[start]) || s[start] is '、' or ',' or ':'))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(s[end - 1]))
        {
            end--;
        }

        return new Span(start, end);
    }

    // Item numbers of a summary: "1." "2、" after a break, "(3)", "①", "一是" "二、" after a break.
    [GeneratedRegex(@"(?<=^|[\s:;,。、])(?:\d{1,2}[.、](?!\d)|[一二三四五六七八九十]{1,2}(?:是|、))|\(\d{1,2}\)|[①-⑳]")]
    private static partial Regex ItemNumber();
}
