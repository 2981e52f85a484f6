using ReportBot.Core.Templates;

namespace ReportBot.Core.Slots;

/// <summary>
/// Removes from a text answer the words the template already writes around the slot: "民族团结进步宣传月" for
/// "第38个{{theme}}宣传月" would print "宣传月宣传月".
/// </summary>
internal static class TemplateContext
{
    private const int Shortest = 2;

    public static (string Text, string? Note) StripRepeats(SlotDefinition slot, string text)
    {
        var after = Overlap(text, slot.TextAfter, atEnd: true);
        var trimmed = after > 0 && after < text.Length ? text[..^after] : text;
        var before = Overlap(trimmed, slot.TextBefore, atEnd: false);
        trimmed = before > 0 && before < trimmed.Length ? trimmed[before..] : trimmed;
        if (trimmed.Length == text.Length)
        {
            return (text, null);
        }

        var removed = text.Length - trimmed.Length;
        var words = after > 0 ? text[^after..] : text[..removed];
        return (trimmed, $"（“{words}”模板中已有，已去掉，以免重复）");
    }

    /// <summary>
    /// The length of the longest piece (at least two characters) that ends <paramref name="text"/> and starts the
    /// template text after the slot, or starts <paramref name="text"/> and ends the text before it.
    /// </summary>
    private static int Overlap(string text, string context, bool atEnd)
    {
        for (var length = Math.Min(text.Length - 1, context.Length); length >= Shortest; length--)
        {
            var matches = atEnd
                ? text.EndsWith(context[..length], StringComparison.Ordinal)
                : text.StartsWith(context[^length..], StringComparison.Ordinal);
            if (matches)
            {
                return length;
            }
        }

        return 0;
    }
}
