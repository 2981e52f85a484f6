using System.Text;
using ReportBot.Core.Templates;

namespace ReportBot.Core.Drafting;

/// <summary>
/// Fills one run of template text with answers. A fragment in <c>[ ]</c> whose slots are all empty drops out; a kept
/// fragment that opens with a separator (、，；) loses it when it follows dropped fragments only: in
/// "召开[会议3次][、研判会2次]" with the first dropped, the second prints "研判会2次".
/// </summary>
public sealed class TextAssembler(SlotValues values)
{
    /// <summary>True when the text has optional slots and every one of them is empty: the item drops out.</summary>
    public bool IsVacant(TemplateText text)
    {
        var optional = text.Slots.Where(s => !values.IsRequired(s.SlotId)).ToList();
        return optional.Count > 0 && optional.All(s => values.IsEmpty(s.SlotId));
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
                case OptionalPart optional when !IsVacant(new TemplateText(optional.Parts)):
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
