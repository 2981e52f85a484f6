using ReportBot.Core.Answers;

namespace ReportBot.Core.Tests.Answers;

public sealed class TextCleanTests
{
    [Theory]
    [InlineData("红旗街道\u202E党工委", "红旗街道党工委")]
    [InlineData("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C开展学习", "开展学习")]
    [InlineData("开展\u2067学习\u2069活动", "开展学习活动")]
    public void Bidi_controls_are_removed(string input, string expected) => Assert.Equal(expected, TextNormalizer.Clean(input));

    [Theory]
    [InlineData("完\u200B成", "完成")]
    [InlineData("\uFEFF3次", "3次")]
    [InlineData("三\u200C十\u200D二\u2060篇", "三十二篇")]
    public void Zero_width_characters_are_removed(string input, string expected) => Assert.Equal(expected, TextNormalizer.Clean(input));

    [Theory]
    [InlineData("开展\0学习", "开展学习")]
    [InlineData("开展\u0007学习\u001B", "开展学习")]
    [InlineData("开展\u007F学习", "开展学习")]
    [InlineData("开展\u0085学习\u009F", "开展学习")]
    public void Control_characters_are_removed(string input, string expected) => Assert.Equal(expected, TextNormalizer.Clean(input));

    [Theory]
    [InlineData("开展学习\r\n组织活动", "开展学习\n组织活动")]
    [InlineData("开展学习\r组织活动", "开展学习\n组织活动")]
    [InlineData("开展学习\r\n\r\n组织活动\r\n", "开展学习\n\n组织活动\n")]
    [InlineData("名称\t3篇\n下一行", "名称\t3篇\n下一行")]
    public void Line_breaks_become_line_feeds_and_tabs_stay(string input, string expected) => Assert.Equal(expected, TextNormalizer.Clean(input));

    [Theory]
    [InlineData("组织开展“不忘初心、牢记使命”主题教育，召开专题会议3次。")]
    [InlineData("《红旗日报》（今日头条）：3篇；学习强国——5篇！")]
    [InlineData("调处率达98％　【重点】「注意」『引号』……")]
    [InlineData("很好👍🎉 ❤️ 👍🏽 🇨🇳")]
    [InlineData("👨\u200D👩\u200D👧 家庭 ❤️\u200D🔥")]
    [InlineData("ASCII text, digits 1,200 & symbols <b>*_~</b>")]
    [InlineData("𠀀𪚥 (CJK extension B, outside the BMP)")]
    [InlineData("")]
    public void Ordinary_text_emoji_and_punctuation_pass_untouched(string input) => Assert.Equal(input, TextNormalizer.Clean(input));

    [Fact]
    public void A_zero_width_joiner_outside_an_emoji_is_removed() =>
        Assert.Equal("红旗👍街道", TextNormalizer.Clean("红旗\u200D👍\u200D街道"));

    [Fact]
    public void Null_is_read_as_empty() => Assert.Equal(string.Empty, TextNormalizer.Clean(null));

    [Fact]
    public void Parsers_ignore_invisible_characters()
    {
        Assert.Equal(3, AnswerParser.Count("\u202E3\u200B次", "次").Value);
        Assert.Equal(98m, AnswerParser.Percent("9\u200B8%").Value);
        Assert.True(AnswerParser.IsDoneWord("完\u200B成"));
        Assert.Equal(["开展学习", "组织活动"], AnswerParser.ListItems("开展\u202E学习\r\n组织活动").Value);
        Assert.Equal("《红旗日报》", Assert.Single(AnswerParser.Pairs("《红旗\u200B日报》 3篇", "篇").Value!).Name);
    }
}
