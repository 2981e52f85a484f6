namespace ReportBot.Core.Templates;

/// <summary>
/// Lint rules on <c>[ ]</c>: a text must never print half. A lead-in word left alone when the fragments after it
/// drop ("召开，部署工作") and a slot that can be left empty in prose that never drops are errors.
/// </summary>
internal static class FragmentRules
{
    private const string ClausePunctuation = "，。；：、！？,.;:";

    /// <summary>
    /// A word that the first of one or more <c>[ ]</c> continues, followed only by punctuation once they drop: it
    /// would be left alone. It belongs inside an outer <c>[ ]</c> with them: "[召开[会议…][、研判会…]，部署工作。]".
    /// </summary>
    public static void CheckLeadIns(ParseContext context, TemplateText text, int offset)
    {
        var parts = text.Parts;
        for (var i = 0; i + 1 < parts.Count; i++)
        {
            // Only a word that the first fragment continues ("召开[会议3次]") is a lead-in; before a fragment that opens
            // with punctuation or with a number ("化解[，共调处3件]", "系列活动[16场]") the words read as a whole.
            if (parts[i] is not LiteralPart { Text.Length: > 0 } lead || IsPunctuation(lead.Text[^1])
                || parts[i + 1] is not OptionalPart { Parts: [LiteralPart { Text.Length: > 0 } opening, ..] } || IsPunctuation(opening.Text[0]))
            {
                continue;
            }

            var next = i + 1;
            while (next < parts.Count && parts[next] is OptionalPart)
            {
                next++;
            }

            var after = next < parts.Count ? parts[next] : null;
            if (after is null || (after is LiteralPart { Text.Length: > 0 } literal && IsPunctuation(literal.Text[0])))
            {
                var word = lead.Text[Math.Max(0, lead.Text.Length - 6)..];
                context.Error(offset, $"“{word}”后面的[ ]都省略时，它会单独留下（“{word}{(after as LiteralPart)?.Text[..1]}”）：请把它和这些[ ]一起放进外层的[ ]，如 [{word}[…][…]，…]");
            }
        }
    }

    /// <summary>A paragraph or heading is never dropped: a slot that may stay empty must stand in <c>[ ]</c>.</summary>
    public static void CheckProse(ParseContext context, TemplateText text, int offset)
    {
        foreach (var slot in text.Parts.OfType<SlotPart>())
        {
            if (context.Slots.FirstOrDefault(s => s.Id == slot.SlotId) is { Required: false } optional)
            {
                context.Error(offset, $"段落里的空位“{optional.Id}”可以不填，但段落不会整段省略：请把它连同所在的词句放进[ ]，如 [召开会议{{{{count {optional.Id} 次 | …}}}}次，]");
            }
        }
    }

    private static bool IsPunctuation(char c) => ClausePunctuation.Contains(c, StringComparison.Ordinal);
}
