using CsCheck;
using ReportBot.Core.Answers;
using Xunit.Abstractions;
using static ReportBot.Core.Tests.Answers.Properties.NumeralGen;

namespace ReportBot.Core.Tests.Answers.Properties;

/// <summary>
/// Text that is not a number never reads as one. The oracles, from strict to lenient:
/// <list type="bullet">
/// <item>ChineseNumerals.TryParse reads a whole text: it succeeds only when every character, after full-width
/// mapping and trimming, is a numeral character; one junk character inside a numeral makes it fail.</item>
/// <item>A numeral soup reads the same in every script: mapping 大写 to 小写, 〇 to 零, 两 to 二 and full-width to
/// ASCII digits never changes whether or what it reads.</item>
/// <item>ReadCount reads a number amid words: without any numeral character it reads nothing but 0 (没有, 无);
/// with exactly one numeral amid number-free junk it reads that numeral's value or refuses — never another
/// number.</item>
/// </list>
/// 20,000 samples and 5 s at most each; see <see cref="PropertyRun"/> to replay a seed.
/// </summary>
public sealed class NumeralGarbageTests(ITestOutputHelper output)
{
    private const string Capital = "壹贰叁肆伍陆柒捌玖拾佰仟萬〇两０１２３４５６７８９";
    private const string Lower = "一二三四五六七八九十百千万零二0123456789";

    [Fact]
    public void Garbage_never_parses_as_a_numeral() =>
        PropertyRun.Check(Garbage, s =>
        {
            var ok = ChineseNumerals.TryParse(s, out var value);
            var allNumeral = TextNormalizer.ToHalfWidth(s).Trim().All(ChineseNumerals.IsNumeralChar);
            Assert.True(!ok || allNumeral, $"read {value}");
            Assert.True(ok || value == 0);
        }, output.WriteLine);

    [Fact]
    public void A_junk_character_inside_a_numeral_makes_it_unreadable()
    {
        var junk = Gen.Frequency((2, AnyChar), (1, Gen.Char[Invisible])).Where(c => !IsNumeral(c));
        var gen = Gen.Select(Written, junk, Gen.Int[0, 1000], (w, c, at) => Insert(w.Text, c, at));
        PropertyRun.Check(gen, s => Assert.False(ChineseNumerals.TryParse(s, out _)), output.WriteLine);
    }

    [Fact]
    public void A_numeral_soup_reads_the_same_in_every_script()
    {
        var soup = Gen.Char[NumeralChars].Array[1, 12].Select(cs => new string(cs));
        PropertyRun.Check(soup, s =>
        {
            var lower = new string([.. s.Select(c => Capital.IndexOf(c) is var i and >= 0 ? Lower[i] : c)]);
            var ok = ChineseNumerals.TryParse(s, out var value);
            var lowerOk = ChineseNumerals.TryParse(lower, out var lowerValue);
            Assert.Equal((lowerOk, lowerValue), (ok, value));
            Assert.True(value >= 0);
        }, output.WriteLine);
    }

    [Fact]
    public void Text_without_a_numeral_is_read_as_no_count_or_as_none() =>
        PropertyRun.Check(NumberFreeGarbage, s =>
        {
            var reading = AnswerParser.ReadCount(s, "次");
            Assert.True(!reading.Success || reading.Value!.Value == 0, $"read {reading.Value}");
        }, output.WriteLine);

    [Fact]
    public void One_numeral_amid_junk_is_read_as_itself_or_refused()
    {
        // 共 is left out of the junk: "一共" is a word (altogether), not the number 1 and 共.
        var junk = NumberFreeGarbage.Select(s => s.Replace("共", string.Empty, StringComparison.Ordinal));
        var gen = Gen.Select(junk, Written, junk, (before, w, after) => (w.N, Text: before + w.Text + after));
        PropertyRun.Check(gen, t =>
        {
            var reading = AnswerParser.ReadCount(t.Text, "次");
            Assert.True(!reading.Success || reading.Value!.Value == t.N, $"read {reading.Value}");
        }, output.WriteLine, print: t => $"{t.N} in {PropertyRun.Show(t.Text)}");
    }

    /// <summary>Inserts <paramref name="c"/> strictly inside <paramref name="text"/>, or after a one-character numeral.</summary>
    private static string Insert(string text, char c, int at)
    {
        if (text.Length == 1)
        {
            return char.IsWhiteSpace(c) ? text + "x" : text + c; // trailing whitespace is trimmed by design
        }

        var i = 1 + (at % (text.Length - 1));
        return text[..i] + c + text[i..];
    }
}
