using System.Runtime.CompilerServices;
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
    /// Per template, the places each slot stands, each as the conditions around it. Found once per template: the
    /// interview asks for a guard at every question it arrives at, and walking the whole template each time was a
    /// visible share of a turn.
    /// </summary>
    private static readonly ConditionalWeakTable<ReportTemplate, Dictionary<string, List<ConditionPart[]>>> Places = new();

    /// <summary>
    /// The failed condition that keeps <paramref name="slotId"/> out of the draft wherever it stands, or null when
    /// the answer could print somewhere (or the condition's slot has not been answered yet).
    /// </summary>
    public static ConditionPart? Guard(ReportTemplate template, IReadOnlyDictionary<string, SlotAnswer> answers, string slotId, DateOnly today)
    {
        if (!Places.GetValue(template, Find).TryGetValue(slotId, out var places))
        {
            return null;
        }

        SlotValues? values = null;
        ConditionPart? guard = null;
        foreach (var conditions in places)
        {
            var failing = Array.Find(conditions, c =>
                c.SlotId != slotId && answers.ContainsKey(c.SlotId) && !(values ??= new SlotValues(template, answers, today)).Holds(c));
            if (failing is null)
            {
                return null;
            }

            guard ??= failing;
        }

        return guard;
    }

    private static Dictionary<string, List<ConditionPart[]>> Find(ReportTemplate template)
    {
        var places = new Dictionary<string, List<ConditionPart[]>>(StringComparer.Ordinal);

        void Walk(IReadOnlyList<TextPart> parts, ConditionPart[] conditions)
        {
            foreach (var part in parts)
            {
                switch (part)
                {
                    case SlotPart slot:
                        if (!places.TryGetValue(slot.SlotId, out var list))
                        {
                            places[slot.SlotId] = list = [];
                        }

                        list.Add(conditions);
                        break;
                    case OptionalPart optional:
                        Walk(optional.Parts, [.. conditions, .. optional.Parts.OfType<ConditionPart>()]);
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
        return places;
    }
}
