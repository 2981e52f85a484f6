namespace ReportBot.Core.Drafting;

/// <summary>Generated numbering: 一、 （一） 1. （1） for headings and 一是 二是 for items.</summary>
public static class Numbering
{
    private static readonly string[] Digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    /// <summary>The number of a heading of the given level (1–4), 1-based position.</summary>
    public static string Heading(int level, int position) => level switch
    {
        1 => Chinese(position) + "、",
        2 => "（" + Chinese(position) + "）",
        3 => position + ".",
        _ => "（" + position + "）",
    };

    /// <summary>The label of an item: 一是, 二是…</summary>
    public static string Item(int position) => Chinese(position) + "是";

    /// <summary>A positive number in Chinese numerals (1–99): 一, 十, 十二, 二十三.</summary>
    public static string Chinese(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 99);
        if (n < 10)
        {
            return Digits[n];
        }

        var tens = n / 10 == 1 ? string.Empty : Digits[n / 10];
        var ones = n % 10 == 0 ? string.Empty : Digits[n % 10];
        return tens + "十" + ones;
    }
}
