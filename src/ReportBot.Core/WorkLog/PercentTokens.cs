using System.Text.RegularExpressions;
using ReportBot.Core.Answers;

namespace ReportBot.Core.WorkLog;

/// <summary>A percentage in a message: 97.5%, 100％, 百分之九十八.</summary>
internal sealed record PercentToken(int At, decimal Value);

/// <summary>Finds the percentages of a clause, read with the answer parser.</summary>
internal static partial class PercentTokens
{
    public static List<PercentToken> Find(MessageText text, Span clause) =>
        Percent().Matches(text.Half[clause.Start..clause.End])
            .Select(m => (m, AnswerParser.Percent(m.Value)))
            .Where(p => p.Item2.Success)
            .Select(p => new PercentToken(clause.Start + p.m.Index, p.Item2.Value))
            .ToList();

    [GeneratedRegex(@"\d+(?:\.\d+)?\s*%|百分之[零〇一二两三四五六七八九十百点]+")]
    private static partial Regex Percent();
}
