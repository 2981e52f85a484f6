using ReportBot.Core.Answers;

namespace ReportBot.Core.Drafting;

/// <summary>Generated numbering: 一、 （一） 1. （1） for headings and 一是 二是 for items.</summary>
public static class Numbering
{
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

    /// <summary>A positive number in Chinese numerals: 一, 十, 十二, 九十九, 一百, 一百零一…</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="n"/> is 0 or negative: numbering starts at 一.</exception>
    public static string Chinese(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        return ChineseNumerals.Format(n);
    }
}
