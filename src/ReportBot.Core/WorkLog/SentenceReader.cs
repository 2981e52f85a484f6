using ReportBot.Core.Templates;

namespace ReportBot.Core.WorkLog;

/// <summary>Reads one sentence: its keywords clause by clause, what is never counted, and the 写法 phrases.</summary>
internal sealed class SentenceReader(ReportTemplate template, MessageText text)
{
    public (List<Filing> Filings, string? Skipped) Read(Sentence sentence, string? wholeSentenceReason)
    {
        var clauses = sentence.Clauses;
        var matches = clauses.Select(c => KeywordMatcher.Find(template.LogRules, text, c)).ToList();
        var phrases = PhraseReader.Find(template.LogRules.Where(r => r.Phrases.Count > 0), text, sentence.Read).ToList();
        if (wholeSentenceReason is not null)
        {
            return ([], matches.Any(m => m.Count > 0) || phrases.Count > 0 ? wholeSentenceReason : null);
        }

        var blocked = NeverCounted.Blocked(text.Half, clauses, i => matches[i].Count > 0);
        var tokens = clauses.Select(c => CountTokens.Find(text, c)).ToList();
        for (var i = 1; i < clauses.Count; i++)
        {
            // "开展禁毒宣传活动，共计3场": a clause with a number and no activity completes the one before it,
            // unless that one had its own number ("排查矛盾纠纷12件，化解11件" is 12).
            if (matches[i].Count == 0 && matches[i - 1].Count > 0 && tokens[i - 1].Count == 0)
            {
                tokens[i - 1] = tokens[i];
            }
        }

        var filer = new ClauseFiler(template, text, sentence.Read);
        var filings = new List<Filing>();
        string? skipped = null;
        for (var i = 0; i < clauses.Count; i++)
        {
            if (blocked[i] is { } reason)
            {
                skipped ??= matches[i].Count > 0 ? reason : null;
                continue;
            }

            filings.AddRange(filer.File(clauses[i], matches[i], tokens[i]));
        }

        foreach (var phrase in phrases)
        {
            var clause = clauses.ToList().FindIndex(c => c.Contains(phrase.At));
            if (clause >= 0 && blocked[clause] is { } reason)
            {
                skipped ??= reason;
                continue;
            }

            filings.Add(new Filing(phrase.Rule.SlotId, phrase.At)
            {
                Value = template.Slot(phrase.Rule.SlotId).Kind == SlotKind.Text ? null : phrase.Number,
                Text = template.Slot(phrase.Rule.SlotId).Kind == SlotKind.Text ? phrase.Text : null,
            });
        }

        return (Merge(filings), filings.Count == 0 ? skipped : null);
    }

    /// <summary>
    /// One entry per slot (and name, item or value) in a sentence. Counts written with numbers add up ("禁毒宣传活动
    /// 12场、反邪教宣传活动8场"); a second mention without a number is the same event again ("召开集中学习，学习…").
    /// </summary>
    private static List<Filing> Merge(List<Filing> filings) =>
        filings.GroupBy(f => (f.SlotId, f.Name, f.Item, f.Text, f.Value))
            .Select(g =>
            {
                var written = g.Where(f => f.Explicit).ToList();
                var first = g.MinBy(f => f.At)!;
                return written.Count <= 1 || g.Key.Item is not null || g.Key.Text is not null
                    ? (written.FirstOrDefault() ?? first) with { At = first.At, Doubt = g.Select(f => f.Doubt).FirstOrDefault(d => d is not null) }
                    : first with
                    {
                        Count = written.All(f => f.Count is null) ? null : written.Sum(f => f.Count ?? 0),
                        Qualifier = written.Max(f => f.Qualifier),
                        Explicit = true,
                        Doubt = g.Select(f => f.Doubt).FirstOrDefault(d => d is not null),
                    };
            })
            .OrderBy(f => f.At)
            .ToList();
}
