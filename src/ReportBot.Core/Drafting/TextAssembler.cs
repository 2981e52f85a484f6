using System.Text;
using ReportBot.Core.Templates;

namespace ReportBot.Core.Drafting;

/// <summary>
/// Fills one run of template text with answers. A fragment in <c>[ ]</c> drops out when any slot it holds itself is
/// empty (so it never prints half: "第个宣传月"), or when it holds only fragments and they all drop. A kept fragment
/// that opens with a separator (、，；) loses it when it follows dropped fragments only: in
/// "召开[会议3次][、研判会2次]" with the first dropped, the second prints "研判会2次".
/// </summary>
public sealed class TextAssembler(SlotValues values)
{
    /// <summary>
    /// True when the item drops out: a slot outside <c>[ ]</c> is empty, or every <c>[ ]</c> dropped and no prose of
    /// its own stands outside them. Prose outside <c>[ ]</c> is the template's own and stays: "[开展宣传活动3次，]定期组织…"
    /// keeps "定期组织…" when the count is zero.
    /// </summary>
    public bool IsVacant(TemplateText text)
    {
        if (!text.Slots.Any(s => !values.IsRequired(s.SlotId)))
        {
            return false;
        }

        var bare = text.Parts.OfType<SlotPart>().Where(s => !values.IsRequired(s.SlotId)).ToList();
        if (bare.Count > 0)
        {
            return bare.All(s => values.IsEmpty(s.SlotId));
        }

        return text.Parts.OfType<OptionalPart>().All(Drops) && !text.Parts.OfType<LiteralPart>().Any(l => l.Text.Any(char.IsLetterOrDigit));
    }

    /// <summary>The work areas the draft covers, for <c>{{sections}}</c> (set by the builder once it knows them).</summary>
    public string Sections { get; set; } = string.Empty;

    /// <summary>True when the fragment is left out of the text.</summary>
    public bool Drops(OptionalPart fragment)
    {
        // Required slots ({{unit.short}}, {{period.end}}) are context here, never the reason to keep a fragment.
        var own = fragment.Parts.OfType<SlotPart>().Where(s => !values.IsRequired(s.SlotId)).ToList();
        var conditions = fragment.Parts.OfType<ConditionPart>().ToList();
        var sections = fragment.Parts.OfType<SectionsPart>().Any();
        if (own.Any(s => values.IsEmpty(s.SlotId)) || conditions.Any(c => !values.Holds(c)) || (sections && Sections.Length == 0))
        {
            return true;
        }

        return own.Count == 0 && conditions.Count == 0 && !sections && fragment.Parts.OfType<OptionalPart>().All(Drops);
    }

    /// <summary>The text with every slot filled and dropped fragments removed (punctuation not yet tidied).</summary>
    public string Fill(TemplateText text)
    {
        var output = new StringBuilder();
        var (keptInRun, droppedInRun) = (false, false);
        foreach (var part in text.Parts)
        {
            switch (part)
            {
                case LiteralPart literal:
                    output.Append(literal.Text);
                    (keptInRun, droppedInRun) = (false, false);
                    break;
                case SlotPart slot:
                    output.Append(values.Format(slot.SlotId, slot.Form));
                    (keptInRun, droppedInRun) = (false, false);
                    break;
                case SectionsPart:
                    output.Append(Sections);
                    (keptInRun, droppedInRun) = (false, false);
                    break;
                case OptionalPart optional when !Drops(optional):
                    var fragment = Fill(new TemplateText(optional.Parts));
                    output.Append(droppedInRun && !keptInRun && Punctuation.StartsWithSeparator(fragment) ? fragment[1..] : fragment);
                    keptInRun = true;
                    break;
                case OptionalPart:
                    droppedInRun = true;
                    break;
            }
        }

        return output.ToString();
    }
}
