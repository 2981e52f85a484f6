using ReportBot.Core.Interview;
using ReportBot.Core.Templates;

namespace ReportBot.Core.Drafting;

/// <summary>
/// Questions whose answer could not print: every place the slot stands is inside a <c>[ ]</c> whose <c>{{if …}}</c>
/// fails on an answer already given. "[{{if disputes}}，调处率达{{percent mediation_rate | …}}%]" with 0 disputes: the
/// rate is not asked. The template declares it with the condition; nothing else in the bot knows which slot is a base.
/// </summary>
public static class MootQuestions
{
    /// <summary>
    /// The failed condition that keeps <paramref name="slotId"/> out of the draft wherever it stands, or null when
    /// the answer could print somewhere (or the condition's slot has not been answered yet).
    /// </summary>
    public static ConditionPart? Guard(ReportTemplate template, IReadOnlyDictionary<string, SlotAnswer> answers, string slotId, DateOnly today)
    {
        var values = new SlotValues(template, answers, today);
        var (found, free, guard) = (false, false, (ConditionPart?)null);

        void Walk(IReadOnlyList<TextPart> parts, IReadOnlyList<ConditionPart> guards)
        {
            foreach (var part in parts)
            {
                switch (part)
                {
                    case SlotPart slot when slot.SlotId == slotId:
                        found = true;
                        var failing = guards.FirstOrDefault(c => c.SlotId != slotId && answers.ContainsKey(c.SlotId) && !values.Holds(c));
                        free |= failing is null;
                        guard ??= failing;
                        break;
                    case OptionalPart optional:
                        Walk(optional.Parts, [.. guards, .. optional.Parts.OfType<ConditionPart>()]);
                        break;
                }
            }
        }

        void Nodes(IEnumerable<TemplateNode> nodes)
        {
            foreach (var node in nodes)
            {
                switch (node)
                {
                    case TemplateSection section:
                        Walk(section.Heading.Parts, []);
                        Nodes(section.Children);
                        break;
                    case TemplateParagraph paragraph:
                        Walk(paragraph.Text.Parts, []);
                        break;
                    case TemplateList list:
                        foreach (var item in list.Items.OfType<TextItem>())
                        {
                            Walk(item.Text.Parts, []);
                        }

                        break;
                }
            }
        }

        Walk(template.Title.Parts, []);
        Nodes(template.Body);
        return found && !free ? guard : null;
    }
}
