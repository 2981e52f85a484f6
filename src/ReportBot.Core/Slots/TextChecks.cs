namespace ReportBot.Core.Slots;

/// <summary>Light checks on a name or theme: an answer with no word in it is probably a slip.</summary>
internal static class TextChecks
{
    /// <summary>A question to confirm an unusual text answer, or null when it looks like words.</summary>
    public static string? Doubt(string text)
    {
        var letters = text.Count(c => char.IsLetter(c));
        if (letters == 0)
        {
            return $"“{text}”里没有文字，看起来不像这一题的答案。确定这样写吗？";
        }

        return text.Length == 1 ? $"“{text}”只有一个字，确定这样写吗？" : null;
    }
}
