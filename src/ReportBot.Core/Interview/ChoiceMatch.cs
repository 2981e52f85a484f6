using System.Globalization;

namespace ReportBot.Core.Interview;

/// <summary>
/// A typed answer that picks one of the prompt's choices: its label ("保持不变"); in menus also its number ("2") or
/// the start of its label ("采用" for 采用模板内容). Where numbers are answers (counts), only labels count.
/// </summary>
internal static class ChoiceMatch
{
    public static string? Verb(TextReply prompt, string text)
    {
        var typed = text.Trim().TrimEnd('。', '.', '！', '!');
        var choice = prompt.Choices.FirstOrDefault(c => c.Label == typed);
        if (choice is null && prompt.Numbered)
        {
            if (int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= prompt.Choices.Count)
            {
                choice = prompt.Choices[number - 1];
            }
            else if (typed.Length >= 2 && prompt.Choices.Where(c => c.Label.StartsWith(typed, StringComparison.Ordinal)).ToList() is [var only])
            {
                choice = only;
            }
        }

        return choice?.Data;
    }
}
