using System.Globalization;
using System.Text;
using ReportBot.Core.Interview;
using ReportBot.Core.Templates;

namespace ReportBot.Core.Drafting;

/// <summary>
/// Template + answers → <see cref="Draft"/>. Numbering is generated at every level; items whose slots are all
/// skipped or zero drop out, a section left with nothing drops out, and numbering closes up.
/// </summary>
public static class DraftBuilder
{
    /// <summary>
    /// Builds the draft as written on <paramref name="today"/>, signed on <paramref name="signOffDate"/> or, when none
    /// was set, on the date derived from the period (<see cref="SignOffDates"/>).
    /// </summary>
    public static Draft Build(ReportTemplate template, IReadOnlyDictionary<string, SlotAnswer> answers, DateOnly today, DateOnly? signOffDate = null)
    {
        var values = new SlotValues(template, answers, today);
        var assembler = new TextAssembler(values);
        var walker = new Walker(template, values, assembler);
        var title = assembler.Fill(template.Title).Trim();
        var body = walker.Content(template.Body).Blocks;
        if (template.UsesSections)
        {
            // The opening names the work areas the draft covers, which are known once the sections are built.
            assembler.Sections = Punctuation.JoinSeries(walker.Covered);
            walker.Covered.Clear();
            body = walker.Content(template.Body).Blocks;
        }

        DraftSignOff? signOff = null;
        if (template.SignOffSlot is { } unitSlot && !values.IsEmpty(unitSlot))
        {
            // A unit signs with its party body's full name ("中共红旗街道工作委员会"); a plain text slot as written.
            var form = template.SignOffForm ?? (template.Slot(unitSlot).Kind == SlotKind.Unit ? "signoff" : null);
            signOff = new DraftSignOff(values.Format(unitSlot, form), FormatDate(signOffDate ?? SignOffDates.For(template, answers, null, today)));
        }

        var unanswered = template.Slots.Where(s => !answers.ContainsKey(s.Id)).Select(s => s.Section.ShortLabel).Distinct().ToList();
        return new Draft(title, body, signOff) { Unanswered = unanswered };
    }

    /// <summary>A date as officials write it: 2026年11月29日 (no leading zeros).</summary>
    public static string FormatDate(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    private sealed record Content(List<DraftBlock> Blocks, bool HadLists, bool HadItems);

    private sealed class Walker(ReportTemplate template, SlotValues values, TextAssembler text)
    {
        /// <summary>The work areas covered: the level-2 headings kept with content, up to their first comma.</summary>
        public List<string> Covered { get; } = [];

        public Content Content(IReadOnlyList<TemplateNode> nodes)
        {
            var blocks = new List<DraftBlock>();
            var pending = (StringBuilder?)null;
            var (hadLists, hadItems, sections) = (false, false, 0);

            void Flush()
            {
                if (pending is not null)
                {
                    blocks.Add(new DraftParagraph(Punctuation.Tidy(pending.ToString())));
                    pending = null;
                }
            }

            foreach (var node in nodes)
            {
                switch (node)
                {
                    case TemplateParagraph paragraph:
                        Flush();
                        pending = new StringBuilder(text.Fill(paragraph.Text));
                        break;
                    case TemplateList list:
                        var items = Items(list);
                        (hadLists, hadItems) = (true, hadItems || items.Count > 0);
                        if (!list.Loose)
                        {
                            pending ??= new StringBuilder();
                            pending.Append(string.Concat(items.Select((item, i) => Numbering.Item(i + 1) + item)));
                            break;
                        }

                        Flush();
                        blocks.AddRange(items.Select((item, i) => new DraftParagraph(Numbering.Item(i + 1) + item)));
                        break;
                    case TemplateSection section:
                        Flush();
                        if (Section(section, sections + 1) is { } rendered)
                        {
                            blocks.AddRange(rendered);
                            sections++;
                        }

                        break;
                }
            }

            Flush();
            return new Content(blocks, hadLists, hadItems);
        }

        private List<DraftBlock>? Section(TemplateSection section, int position)
        {
            var content = Content(section.Children);
            var open = section.Level <= 2 ? template.Slots.Count(s => s.Section.Key == section.Ref.Key && values.Answer(s.Id) is null) : 0;
            var empty = content.Blocks.Count == 0 || (content.HadLists && !content.HadItems && !content.Blocks.Any(b => b is DraftHeading));
            if (empty && open == 0)
            {
                return null;
            }

            var heading = new DraftHeading(section.Level, Numbering.Heading(section.Level, position), text.Fill(section.Heading).Trim());
            if (empty)
            {
                content.Blocks.Clear();
            }
            else if (section.Level == 2 && (open == 0 || template.Slots.Any(s => s.Section.Key == section.Ref.Key && !values.IsEmpty(s.Id))))
            {
                // A section counts as covered once something of it was answered, not for its fixed prose alone.
                Covered.Add(heading.Text.Split('，', '。')[0]);
            }

            if (open > 0)
            {
                // An unfinished draft says where it is unfinished, in every format.
                content.Blocks.Add(new DraftParagraph($"【待补充：这一部分还有{open}题未回答】"));
            }

            if (section.Level == 2 && content.Blocks[0] is DraftParagraph { RunIn: null } first)
            {
                content.Blocks[0] = first with { RunIn = heading };
                return content.Blocks;
            }

            content.Blocks.Insert(0, heading);
            return content.Blocks;
        }

        private List<string> Items(TemplateList list)
        {
            var items = new List<string>();
            foreach (var item in list.Items)
            {
                switch (item)
                {
                    case TextItem textItem when !text.IsVacant(textItem.Text):
                        items.Add(Punctuation.EndSentence(Punctuation.Tidy(text.Fill(textItem.Text))));
                        break;
                    case FreeItems free:
                        items.AddRange(UserItems(free.SlotId));
                        break;
                    case DefaultItems defaults:
                        items.AddRange(DefaultsFor(defaults.SlotId));
                        break;
                }
            }

            return items;
        }

        private IEnumerable<string> DefaultsFor(string slotId)
        {
            var answer = values.Answer(slotId);
            var mode = answer is { Skipped: false, Mode: { } m } ? m : DefaultsMode.Keep;
            var defaults = template.Slot(slotId).DefaultItems
                .Select(t => Punctuation.EndSentence(Punctuation.Tidy(text.Fill(t))));
            return mode switch
            {
                DefaultsMode.Keep => defaults,
                DefaultsMode.Replace => UserItems(slotId),
                _ => defaults.Concat(UserItems(slotId)),
            };
        }

        private IEnumerable<string> UserItems(string slotId) =>
            (values.Answer(slotId) is { Skipped: false, Items: { } items } ? items : [])
                .Where(i => !string.IsNullOrWhiteSpace(i))
                .Select(i => Punctuation.EndSentence(Punctuation.ToFullWidth(i.Trim())));
    }
}
