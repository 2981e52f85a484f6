using System.Text;
using ReportBot.Core.Drafting;

namespace ReportBot.Rendering.Tests.TelegramHtml;

/// <summary>Drafts long enough to need several messages.</summary>
public static class LongDrafts
{
    /// <summary>Chinese text of exactly <paramref name="length"/> characters, a sentence end every 50 if asked.</summary>
    public static string Chinese(int length, bool sentences = true, int seed = 0)
    {
        const string Words = "加强意识形态工作责任制落实推动理论学习";
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append(sentences && i % 50 == 49 ? '。' : Words[(i + seed) % Words.Length]);
        }

        return text.ToString();
    }

    /// <summary><paramref name="count"/> paragraphs of <paramref name="length"/> characters, every fifth under a heading.</summary>
    public static Draft Paragraphs(int count, int length) => new(
        "2020年工作总结",
        [.. Enumerable.Range(0, count).SelectMany(i => Block(i, length))],
        new DraftSignOff("幸福路街道", "2020年7月10日"));

    private static IEnumerable<DraftBlock> Block(int i, int length)
    {
        if (i % 5 == 0)
        {
            yield return new DraftHeading(1, $"{i / 5 + 1}、", "工作情况");
        }

        yield return new DraftParagraph(Chinese(length, seed: i) + $"第{i}段。");
    }
}
