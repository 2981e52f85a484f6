using System.Buffers;
using ReportBot.Core.Answers;

namespace ReportBot.Core.WorkLog;

/// <summary>
/// A message prepared for reading: cleaned of invisible characters (<see cref="Clean"/>, where names and items are
/// copied from), a half-width copy of the same length (<see cref="Half"/>, where everything is searched), and masks
/// of what stands in quotes or brackets.
/// </summary>
internal sealed class MessageText
{
    public MessageText(string text)
    {
        Clean = TextNormalizer.Clean(text);
        Half = TextNormalizer.ToHalfWidth(Clean); // one character for one: offsets hold in both
        Enclosed = Enclosures.Mask(Half);
        Aside = Mask(Half, '(', ')');
        Title = Mask(Half, '《', '》');
    }

    /// <summary>What separates two things in a clause: a number or a name on the other side belongs to another.</summary>
    public static SearchValues<char> Separators { get; } = SearchValues.Create("、,和与及并跟同等");

    public string Clean { get; }

    public string Half { get; }

    /// <summary>Inside “…” 《…》 (…) 【…】 and the like: a number there is part of a name, not a count.</summary>
    public bool[] Enclosed { get; }

    /// <summary>Inside (…): an aside, usually a breakdown ("进社区4场、进企业2场") or a platform name; never read.</summary>
    public bool[] Aside { get; }

    /// <summary>Inside 《…》: the title of a paper, an article or a document, which names no event of the unit.</summary>
    public bool[] Title { get; }

    /// <summary>
    /// The clause as searched for keywords: asides and titles blanked out, offsets kept. A keyword in a title
    /// (推送《我街道召开意识形态专题会议》) is what an article is about, not a second event.
    /// </summary>
    public string Searchable(Span span)
    {
        var chars = Half[span.Start..span.End].ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Aside[span.Start + i] || Title[span.Start + i] ? '\u0001' : chars[i];
        }

        return new string(chars);
    }

    private static bool[] Mask(string half, char opener, char closer)
    {
        var mask = new bool[half.Length];
        var open = -1;
        for (var i = 0; i < half.Length; i++)
        {
            if (half[i] == opener)
            {
                open = i;
            }
            else if (half[i] == closer && open >= 0)
            {
                Array.Fill(mask, true, open, i - open + 1);
                open = -1;
            }
        }

        return mask;
    }
}

/// <summary>A range of a message, <c>[Start, End)</c>.</summary>
internal readonly record struct Span(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int index) => index >= Start && index < End;

    public bool Covers(Span other) => Start <= other.Start && other.End <= End;
}
