using ReportBot.Core.Answers;
using ReportBot.Core.Templates;

namespace ReportBot.Core.WorkLog;

/// <summary>Sums the log of a report period per slot, in the template's order.</summary>
public static class LogTotals
{
    /// <summary>
    /// The totals of the entries dated within <paramref name="from"/>…<paramref name="to"/> (inclusive). Entries
    /// still to be asked about are left out until the user confirms them. A named activity of a list with a 计数
    /// slot counts 1 there too, unless its message gave that count itself ("…等文化活动3场").
    /// </summary>
    public static IReadOnlyList<SlotTotal> Sum(ReportTemplate template, IEnumerable<LogEntry> entries, DateOnly from, DateOnly to)
    {
        var period = entries.Where(e => !e.Ask && e.Date >= from && e.Date <= to && template.HasSlot(e.SlotId)).OrderBy(e => e.Date).ToList();
        var bySlot = period.GroupBy(e => e.SlotId).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var rule in template.LogRules.Where(r => r.CountSlot is not null && bySlot.ContainsKey(r.SlotId)))
        {
            var counted = bySlot.GetValueOrDefault(rule.CountSlot!) ?? [];
            var uncounted = bySlot[rule.SlotId].Where(i => !counted.Any(c => c.Date == i.Date && c.Source == i.Source))
                .DistinctBy(i => (i.Date, i.Source, i.Item));
            var added = uncounted.Select(i => new LogEntry(rule.CountSlot!, i.Date, i.Source) { Count = 1 }).ToList();
            if (added.Count > 0)
            {
                bySlot[rule.CountSlot!] = [.. counted.Concat(added).OrderBy(e => e.Date)];
            }
        }

        return template.Slots.Where(s => bySlot.ContainsKey(s.Id)).Select(s => Total(s, bySlot[s.Id])).ToList();
    }

    private static SlotTotal Total(SlotDefinition slot, List<LogEntry> sources)
    {
        var total = new SlotTotal(slot.Id, sources);
        switch (slot.Kind)
        {
            case SlotKind.Pairs:
                return total with
                {
                    Pairs = sources.Where(e => e.Name is not null).GroupBy(e => e.Name!)
                        .Select(g => new NamedCount(g.Key, g.Sum(e => e.Count ?? 0), g.Max(e => e.Qualifier))).ToList(),
                };
            case SlotKind.List:
                return total with { Items = sources.Select(e => e.Item).OfType<string>().Distinct().ToList() };
            case SlotKind.Text:
                var texts = sources.Select(e => e.Text).OfType<string>().ToList();
                return total with { Text = texts.LastOrDefault(), Conflicting = texts.Distinct().Count() > 1 };
        }

        var values = sources.Select(e => e.Value).OfType<decimal>().ToList();
        if (values.Count > 0)
        {
            return total with { Value = values[^1], Conflicting = values.Distinct().Count() > 1 };
        }

        return total with { Count = sources.Sum(e => e.Count ?? 0), Qualifier = sources.Max(e => e.Qualifier) };
    }
}
