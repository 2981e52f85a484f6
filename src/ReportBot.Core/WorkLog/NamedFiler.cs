using ReportBot.Core.Templates;

namespace ReportBot.Core.WorkLog;

/// <summary>Files what has a name: media pairs (《红旗日报》 + count) and list items (“我爱祖国”绘画比赛).</summary>
internal sealed class NamedFiler(MessageText text, Span sentence)
{
    /// <summary>How far an activity word may stand from its name: “不忘初心 筑梦前行”迎新春职工联谊会.</summary>
    private const int MaxGap = 12;

    /// <summary>
    /// One pair per name: the names written before the verb ("《红旗日报》刊发", "在《红城发布》发表"), or just after
    /// it ("刊发于《…》"), or earlier in the sentence. No name: the entry is kept to be asked.
    /// </summary>
    public List<Filing> Pairs(Span clause, List<KeywordMatch> matches, Dictionary<KeywordMatch, List<CountToken>> tokens, Func<Filing, List<CountToken>, Filing> count)
    {
        var form = matches[0].Rule.NameForm ?? LogNameForm.Title;
        var all = NameFinder.Find(text, clause, form);
        var filings = new List<Filing>();
        var from = clause.Start;
        foreach (var match in matches)
        {
            var names = all.Where(n => n.At.Start >= from && n.At.End <= match.Start).ToList();
            if (names.Count == 0 && all.FirstOrDefault(n => n.At.Start >= match.End && n.At.Start <= match.End + 1 && text.Half[match.End] is '于' or '在') is { } after)
            {
                names.Add(after);
            }

            if (names.Count == 0 && from == clause.Start && NameFinder.Find(text, new Span(sentence.Start, clause.Start), form).LastOrDefault() is { } earlier)
            {
                names.Add(earlier); // "《红城日报》以《…》为题，报道了…"
            }

            from = match.End;
            var filing = new Filing(match.Rule.SlotId, match.Start);
            if (names.Count == 0)
            {
                filings.Add(count(filing, tokens[match]) with { Nameless = true, Doubt = "没有写明媒体名称，请告诉我是在哪家媒体发表的" });
                continue;
            }

            var several = names.Count > 1 && tokens[match].Count > 0;
            filings.AddRange(names.Select(n => count(filing with { Name = n.Text }, several ? [] : tokens[match]) with
            {
                Doubt = several ? "几家媒体写在一起，请分别确认各发表了几篇" : null,
            }));
        }

        // The same paper twice in a clause is one paper: its counts add up.
        var named = filings.Where(f => f.Name is not null).GroupBy(f => f.Name).Select(g => g.First() with
        {
            Count = g.Sum(f => f.Count ?? 0),
            Explicit = g.Any(f => f.Explicit),
            Doubt = g.Select(f => f.Doubt).FirstOrDefault(d => d is not null),
        });
        return filings.Where(f => f.Name is null).Concat(named).OrderBy(f => f.At).ToList();
    }

    /// <summary>
    /// The items of a list: a quoted keyword is its own item (“道德讲堂”); otherwise the name in marks next to the
    /// keyword, with the activity word when the form says +关键词. A number written with them goes to the 计数 slot;
    /// an activity without a name is counted there (or asked, when the list has no 计数 slot).
    /// </summary>
    public List<Filing> Items(Span clause, List<KeywordMatch> matches, SlotLogRule rule, List<CountToken> tokens, Func<Filing, List<CountToken>, Filing> count)
    {
        var form = rule.NameForm ?? LogNameForm.Quoted;
        var names = NameFinder.Find(text, clause, form);
        var claimed = new HashSet<Span>();
        var items = new List<(int At, string Item, int? NameAt)>();
        foreach (var match in matches.Where(m => m.Keyword.IsName))
        {
            var quoted = names.FirstOrDefault(n => n.At.Covers(new Span(match.Start, match.End)));
            items.Add((match.Start, $"“{match.Keyword.Parts[0]}”", quoted?.At.Start));
            claimed.UnionWith(quoted is null ? [] : [quoted.At]);
        }

        foreach (var match in matches.Where(m => !m.Keyword.IsName))
        {
            var name = names.Where(n => !claimed.Contains(n.At) && IsNextTo(n.At, match, form.WithKeyword)).MaxBy(n => n.At.Start);
            if (name is not null)
            {
                claimed.Add(name.At);
                items.Add((name.At.Start, form.WithKeyword ? text.Clean[name.At.Start..match.Parts[0].End] : name.Text, name.At.Start));
            }
        }

        var filings = items.DistinctBy(i => i.Item).Select(i => new Filing(rule.SlotId, i.At) { Item = i.Item, NameAt = i.NameAt }).ToList();
        var at = matches[0].Start;
        if (rule.CountSlot is { } counted && (tokens.Count > 0 || filings.Count == 0))
        {
            filings.Add(count(new Filing(counted, at), tokens));
        }
        else if (filings.Count == 0)
        {
            filings.Add(new Filing(rule.SlotId, at) { Nameless = true, Doubt = "没有写明活动名称，请告诉我活动的名称" });
        }

        return filings;
    }

    /// <summary>The name stands just before the keyword, or holds it (“我们的节日·端午”系列活动, “道德讲堂”).</summary>
    private bool IsNextTo(Span name, KeywordMatch match, bool withKeyword)
    {
        if (name.Covers(new Span(match.Start, match.End)))
        {
            return !withKeyword;
        }

        var gap = match.Start - name.End;
        return gap >= 0 && gap <= (withKeyword ? MaxGap : 6) && !text.Half.AsSpan(name.End, gap).ContainsAny(MessageText.Separators);
    }
}
