using ReportBot.Core.Templates;

namespace ReportBot.Core.WorkLog;

/// <summary>One keyword of a slot found in a clause: where each of its words stands.</summary>
internal sealed record KeywordMatch(SlotLogRule Rule, LogKeyword Keyword, IReadOnlyList<Span> Parts)
{
    public int Start => Parts.Min(p => p.Start);

    public int End => Parts.Max(p => p.End);

    private int Length => Parts.Sum(p => p.Length);

    /// <summary>
    /// True when this match says everything <paramref name="other"/> says and more: its words hold the other's
    /// (理论学习中心组 holds 理论学习; 意识形态专题会议 holds 意识形态专题), so the other is not a second fact.
    /// </summary>
    public bool Covers(KeywordMatch other) =>
        Length > other.Length && other.Parts.All(o => Parts.Any(p => p.Covers(o)));
}

/// <summary>Finds the slots' keywords in a clause.</summary>
internal static class KeywordMatcher
{
    /// <summary>
    /// The keywords of <paramref name="rules"/> found in <paramref name="clause"/>, apart from rules excluded there
    /// (不含) and matches another match covers. Each word of a keyword with several words is taken nearest to the
    /// first one, so "禁毒宣传活动12场、反邪教宣传活动8场" finds two matches, one for each 宣传.
    /// </summary>
    public static List<KeywordMatch> Find(IEnumerable<SlotLogRule> rules, MessageText text, Span clause)
    {
        var searchable = text.Searchable(clause);
        var found = new List<KeywordMatch>();
        foreach (var rule in rules.Where(r => r.Phrases.Count == 0))
        {
            if (rule.Exclusions.Any(w => searchable.Contains(w, StringComparison.Ordinal)))
            {
                continue;
            }

            foreach (var keyword in rule.Keywords)
            {
                found.AddRange(Occurrences(searchable, keyword.Parts[0]).Select(first => Locate(rule, keyword, searchable, first, clause.Start)).OfType<KeywordMatch>());
            }
        }

        var distinct = found.DistinctBy(m => (m.Rule.SlotId, string.Join(",", m.Parts))).ToList();
        return distinct.Where(m => !distinct.Any(o => o.Covers(m))).OrderBy(m => m.Start).ToList();
    }

    private static KeywordMatch? Locate(SlotLogRule rule, LogKeyword keyword, string searchable, int first, int offset)
    {
        var parts = new List<Span> { new(offset + first, offset + first + keyword.Parts[0].Length) };
        foreach (var word in keyword.Parts.Skip(1))
        {
            var nearest = Occurrences(searchable, word).DefaultIfEmpty(-1).MinBy(at => at < 0 ? int.MaxValue : Math.Abs(at - first));
            if (nearest < 0)
            {
                return null;
            }

            parts.Add(new Span(offset + nearest, offset + nearest + word.Length));
        }

        return new KeywordMatch(rule, keyword, parts);
    }

    private static IEnumerable<int> Occurrences(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }
}
