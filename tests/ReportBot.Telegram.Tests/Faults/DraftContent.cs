using System.IO.Compression;
using System.Xml.Linq;
using ReportBot.FakeBotApi;

namespace ReportBot.Telegram.Tests.Faults;

/// <summary>What a draft turn delivered, reduced to comparable text: the HTML of each draft message and the Word text.</summary>
public sealed record DraftContent(IReadOnlyList<string> Html, string DocxText)
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>The draft messages and the document among <paramref name="replies"/>; a message repeated right after itself counts once.</summary>
    public static DraftContent From(IEnumerable<SentMessage> replies)
    {
        var distinct = WithoutRepeats(replies).ToList();
        var document = distinct.Last(m => m.IsDocument).Document!;
        return new DraftContent(distinct.Where(m => !m.IsDocument).Select(m => m.Text ?? string.Empty).ToList(), TextOf(document.Bytes));
    }

    /// <summary>The paragraphs of word/document.xml, one a line.</summary>
    public static string TextOf(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        var xml = XDocument.Load(stream);
        return string.Join("\n", xml.Descendants(W + "p").Select(p => string.Concat(p.Descendants(W + "t").Select(t => t.Value))));
    }

    /// <summary>Drops a message identical to the one before it (the resend after a kill between send and mark).</summary>
    public static IEnumerable<SentMessage> WithoutRepeats(IEnumerable<SentMessage> messages)
    {
        SentMessage? previous = null;
        foreach (var message in messages)
        {
            if (previous is null || !SameContent(previous, message))
            {
                yield return message;
            }

            previous = message;
        }
    }

    /// <summary>Same text, same buttons and same file: what a user would see as the same message.</summary>
    public static bool SameContent(SentMessage a, SentMessage b) => Content(a) == Content(b);

    /// <summary>A message without its id and time: file name, text, and buttons with their callback data.</summary>
    public static string Content(SentMessage message) =>
        $"{message.Document?.FileName} {message.Text} " + string.Join(" ", message.AllButtons.Select(b => $"[{b.Text}|{b.CallbackData}]"));
}
