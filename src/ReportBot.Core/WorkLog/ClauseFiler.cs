using ReportBot.Core.Answers;
using ReportBot.Core.Templates;

namespace ReportBot.Core.WorkLog;

/// <summary>
/// Turns the keyword matches of one clause into filings: each number goes to the match it belongs to, names and
/// items are read for lists and pairs, and what is uncertain is marked to be asked.
/// </summary>
internal sealed class ClauseFiler(ReportTemplate template, MessageText text, Span sentence)
{
    public List<Filing> File(Span clause, List<KeywordMatch> matches, IReadOnlyList<CountToken> tokens)
    {
        var alternatives = MergeCompounds(matches);
        var assigned = matches.ToDictionary(m => m, _ => new List<CountToken>());
        foreach (var token in tokens)
        {
            if (Owner(token, matches) is { } owner)
            {
                assigned[owner].Add(token);
            }
        }

        var filings = new List<Filing>();
        var names = new NamedFiler(text, sentence);
        foreach (var group in matches.GroupBy(m => m.Rule.SlotId))
        {
            var rule = group.First().Rule;
            var own = group.SelectMany(m => assigned[m]).ToList();
            var slot = template.Slot(rule.SlotId);
            var found = slot.Kind switch
            {
                SlotKind.Count or SlotKind.Approx => [Counted(new Filing(rule.SlotId, group.First().Start), slot, own)],
                SlotKind.Percent => Percent(rule.SlotId, clause, group.First()),
                SlotKind.Pairs => names.Pairs(clause, group.ToList(), assigned, (f, t) => Counted(f, slot, t)),
                SlotKind.List => names.Items(clause, group.ToList(), rule, own, (f, t) => Counted(f, template.Slot(f.SlotId), t)),
                _ => [],
            };
            filings.AddRange(found.Select(f => alternatives.TryGetValue(rule.SlotId, out var other)
                ? f with { Doubt = "这句话也可能属于其他项，请确认记入哪一项", Alternatives = [other] }
                : f));
        }

        filings = OneListPerName(filings);

        // A name-less publish verb beside another fact is that fact's publicity ("开展宣传并及时报道"), not an article.
        return filings.Any(f => !f.Nameless) ? filings.Where(f => !f.Nameless).ToList() : filings;
    }

    /// <summary>
    /// One named activity is one item: when two lists claim the same name ("“我们的节日·端午”包粽子比赛": a 系列活动 or a
    /// 文化活动?), the first claim is kept, to be asked, with the other list as the alternative.
    /// </summary>
    private static List<Filing> OneListPerName(List<Filing> filings)
    {
        var result = new List<Filing>();
        foreach (var filing in filings)
        {
            var rival = filing.NameAt is null ? null : filings.FirstOrDefault(f => f.NameAt == filing.NameAt && f.SlotId != filing.SlotId);
            if (rival is null)
            {
                result.Add(filing);
            }
            else if (filings.IndexOf(filing) < filings.IndexOf(rival))
            {
                result.Add(filing with { Doubt = "这项活动可能属于两项中的任一项，请确认记入哪一项", Alternatives = [rival.SlotId] });
            }
        }

        return result;
    }

    /// <summary>A count filing from the numbers written for it; 1 when none was written.</summary>
    public static Filing Counted(Filing filing, SlotDefinition slot, List<CountToken> tokens)
    {
        if (tokens.LastOrDefault(t => t.IsTotal && !t.IsVague) is { } total)
        {
            tokens = [total]; // 禁毒宣传进校园2场、进社区3场，共5场
        }

        var qualifier = tokens.Select(t => t.Qualifier).DefaultIfEmpty().Max();
        var count = tokens.Count == 0 ? 1 : tokens.Sum(t => t.Value ?? 0);
        var doubt = tokens.Any(t => t.IsVague) ? "没有写明确切的数量（如“多次”“每周一次”），请告诉我一共几次"
            : slot.Kind != SlotKind.Approx && qualifier != CountQualifier.Exact ? "写的是约数，请确认确切的数量"
            : null;
        return filing with
        {
            Count = tokens.Count > 0 && tokens.All(t => t.IsVague) ? null : count,
            Qualifier = qualifier,
            Explicit = tokens.Count > 0,
            Doubt = filing.Doubt ?? doubt,
        };
    }

    /// <summary>
    /// Two slots named by one compound noun ("意识形态专题研判会": a 专题会议 or a 研判会?) are one meeting that fits two
    /// slots: the head noun (the later match) is kept, to be asked, with the other as the alternative.
    /// </summary>
    private Dictionary<string, string> MergeCompounds(List<KeywordMatch> matches)
    {
        var alternatives = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = matches.Count - 1; i > 0; i--)
        {
            var (first, head) = (matches[i - 1], matches[i]);
            var gap = head.Start - first.End;
            if (first.Rule.SlotId != head.Rule.SlotId && gap is >= 0 and <= 1
                && !text.Half.AsSpan(first.End, gap).ContainsAny(MessageText.Separators))
            {
                alternatives[head.Rule.SlotId] = first.Rule.SlotId;
                matches.RemoveAt(i - 1);
            }
        }

        return alternatives;
    }

    /// <summary>
    /// The match a number belongs to: the one right after it ("组织2次主题党日活动"), else the nearest before it
    /// ("召开研判会2次"), else the nearest after it. Only matches whose unit the number's measure word fits.
    /// </summary>
    private KeywordMatch? Owner(CountToken token, List<KeywordMatch> matches)
    {
        var fitting = matches.Where(m => UnitOf(m.Rule) is { } unit && MeasureGroups.Fits(unit, token.Unit)).ToList();
        var next = fitting.Where(m => m.Start >= token.At.End).MinBy(m => m.Start);
        if (next is not null && next.Start - token.At.End <= 2 && !text.Half.AsSpan(token.At.End, next.Start - token.At.End).ContainsAny(MessageText.Separators))
        {
            return next;
        }

        return fitting.Where(m => m.Start < token.At.Start).MaxBy(m => m.Start) ?? next;
    }

    /// <summary>The measure word of what a rule counts: its own slot's, or for a list the unit of its 计数 slot.</summary>
    private string? UnitOf(SlotLogRule rule)
    {
        var slot = template.Slot(rule.SlotId);
        return slot.Kind switch
        {
            SlotKind.Count or SlotKind.Approx or SlotKind.Pairs => slot.Unit ?? "次",
            SlotKind.List when rule.CountSlot is { } counted => template.Slot(counted).Unit ?? "次",
            _ => null,
        };
    }

    private List<Filing> Percent(string slotId, Span clause, KeywordMatch match)
    {
        var rates = PercentTokens.Find(text, clause);
        var rate = rates.FirstOrDefault(r => r.At >= match.Start) ?? rates.FirstOrDefault();
        return rate is null ? [] : [new Filing(slotId, match.Start) { Value = rate.Value, Explicit = true }];
    }
}
