using System.Text.RegularExpressions;
using ReportBot.Core.Drafting;
using ReportBot.Rendering.TelegramHtml;

namespace ReportBot.Rendering.Tests.TelegramHtml;

public partial class MessageSplitterTests
{
    private readonly TelegramHtmlRenderer _renderer = new();

    [Fact]
    public void ShortDraftIsOneMessage()
    {
        var draft = Docx.SampleDraft.Create();

        var messages = TelegramMessageSplitter.Split(draft, _renderer);

        Assert.Equal([_renderer.Render(draft)], messages);
    }

    [Fact]
    public void LongDraftSplitsAtParagraphBoundariesWithoutLosingText()
    {
        var draft = LongDrafts.Paragraphs(count: 30, length: 300);
        var rendering = _renderer.Render(draft);
        Assert.True(TelegramMessageSplitter.VisibleLength(rendering) > 4096);

        var messages = TelegramMessageSplitter.Split(draft, _renderer);

        Assert.True(messages.Count > 2);
        Assert.Equal(rendering, string.Join("\n\n", messages));
        var paragraphEnds = draft.Blocks.OfType<DraftParagraph>().Select(p => _renderer.Escape(p.Text)).ToList();
        foreach (var message in messages)
        {
            Assert.InRange(TelegramMessageSplitter.VisibleLength(message), 1, 4096);
            TagBalance.AssertBalanced(message);
            Assert.True(
                paragraphEnds.Any(message.EndsWith) || message.EndsWith("2020年7月10日", StringComparison.Ordinal),
                $"Message does not end at a paragraph boundary: …{message[^20..]}");
        }
    }

    [Fact]
    public void TitleAndHeadingsStayWithTheFollowingParagraph()
    {
        var messages = TelegramMessageSplitter.Split(LongDrafts.Paragraphs(count: 30, length: 300), _renderer);

        Assert.StartsWith("<b>2020年工作总结</b>\n\n<b>1、工作情况</b>\n\n", messages[0], StringComparison.Ordinal);
        Assert.All(messages, m => Assert.DoesNotMatch(EndsWithHeading(), m));
    }

    [Fact]
    public void SmallLimitPacksParagraphsGreedily()
    {
        var draft = new Draft("标题", [new DraftParagraph("一二三四。"), new DraftParagraph("五六七八。"), new DraftParagraph("九十。")]);

        var messages = TelegramMessageSplitter.Split(draft, _renderer, limit: 16);

        Assert.Equal(["<b>标题</b>\n\n一二三四。\n\n五六七八。", "九十。"], messages);
    }

    [Fact]
    public void EntitiesCountAsOneCharacter()
    {
        var draft = new Draft("标题", [new DraftParagraph(new string('&', 3000)), new DraftParagraph(new string('<', 1000))]);

        var messages = TelegramMessageSplitter.Split(draft, _renderer);

        Assert.Single(messages);
    }

    [Fact]
    public void LongParagraphIsCutAtSentenceEnds()
    {
        var paragraph = new DraftParagraph(LongDrafts.Chinese(9000), new DraftHeading(2, "（一）", "加强学习。"));
        var draft = new Draft("标题", [paragraph, new DraftParagraph("最后一段。")]);

        var messages = TelegramMessageSplitter.Split(draft, _renderer);

        Assert.Equal(3, messages.Count);
        Assert.All(messages, m => Assert.InRange(TelegramMessageSplitter.VisibleLength(m), 1, 4096));
        Assert.All(messages, m => Assert.EndsWith("。", m, StringComparison.Ordinal));
        Assert.All(messages, TagBalance.AssertBalanced);
        Assert.StartsWith("<b>标题</b>\n\n<b>（一）加强学习。</b>", messages[0], StringComparison.Ordinal);
        Assert.Equal(WithoutNewlines(Visible(_renderer.Render(draft))), string.Concat(messages.Select(m => WithoutNewlines(Visible(m)))));
    }

    [Fact]
    public void ParagraphWithoutSentenceEndsIsHardSplitWithBalancedTags()
    {
        var heading = new DraftHeading(2, "（一）", LongDrafts.Chinese(5000, sentences: false));
        var paragraph = new DraftParagraph(LongDrafts.Chinese(4000, sentences: false), heading);
        var draft = new Draft("标题", [paragraph]);

        var messages = TelegramMessageSplitter.Split(draft, _renderer);

        Assert.Equal(3, messages.Count);
        Assert.All(messages, m => Assert.InRange(TelegramMessageSplitter.VisibleLength(m), 1, 4096));
        Assert.All(messages, TagBalance.AssertBalanced);
        Assert.StartsWith("<b>", messages[1], StringComparison.Ordinal);
        Assert.Contains("</b>", messages[1], StringComparison.Ordinal);
        Assert.Equal(
            "标题\n\n" + paragraph.FullText,
            string.Concat(messages.Select(Visible)));
    }

    [Fact]
    public void CutNeverFallsInsideAnEntity()
    {
        var draft = new Draft("标", [new DraftParagraph(new string('&', 5000))]);

        var messages = TelegramMessageSplitter.Split(draft, _renderer, limit: 4096);

        Assert.Equal(2, messages.Count);
        Assert.All(messages, m => Assert.DoesNotMatch(BrokenEntity(), m));
        Assert.Equal(5003, messages.Sum(TelegramMessageSplitter.VisibleLength));
    }

    private static string WithoutNewlines(string text) => text.Replace("\n", string.Empty, StringComparison.Ordinal);

    private static string Visible(string html) => System.Net.WebUtility.HtmlDecode(Tag().Replace(html, string.Empty));

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"</b>$")]
    private static partial Regex EndsWithHeading();

    [GeneratedRegex("&(?!amp;)|&a$|&am$|&amp$")]
    private static partial Regex BrokenEntity();
}
