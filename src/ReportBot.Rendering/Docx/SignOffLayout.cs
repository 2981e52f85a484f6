namespace ReportBot.Rendering.Docx;

/// <summary>
/// Where the sign-off goes (GB/T 9704-2012 §7.3.5.2): the unit's name ends 2 characters from the right margin;
/// the date's first character stands 2 characters right of the name's first character. If the date is longer,
/// the date ends 2 characters from the margin and the name moves left. Widths are in half characters: a
/// half-width character (digits, Latin letters) counts 1, any other character 2.
/// </summary>
internal readonly record struct SignOffLayout(int UnitRightHalfChars, int DateRightHalfChars)
{
    private const int TwoChars = 4;

    public static SignOffLayout For(string unit, string date)
    {
        var unitWidth = HalfChars(unit);
        var dateWidth = HalfChars(date);
        var dateRight = unitWidth - dateWidth;
        return dateRight >= TwoChars
            ? new SignOffLayout(TwoChars, dateRight)
            : new SignOffLayout(dateWidth + (2 * TwoChars) - unitWidth, TwoChars);
    }

    public static int HalfChars(string text)
    {
        var width = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLowSurrogate(text[i]))
            {
                continue;
            }

            width += text[i] <= '\u007E' || text[i] is >= '\uFF61' and <= '\uFFDC' ? 1 : 2;
        }

        return width;
    }
}
