using ReportBot.Core.Answers;
using Xunit.Abstractions;
using static ReportBot.Core.Tests.Answers.Properties.NumeralGen;

namespace ReportBot.Core.Tests.Answers.Properties;

/// <summary>
/// No text makes a parser throw, and Clean leaves nothing invisible behind. 20,000 samples and 5 s at most each;
/// see <see cref="PropertyRun"/> to replay a seed.
/// </summary>
public sealed class ParserRobustnessTests(ITestOutputHelper output)
{
    [Fact]
    public void No_answer_makes_a_parser_throw() =>
        PropertyRun.Check(Garbage, s =>
        {
            _ = AnswerParser.Count(s, "次");
            _ = AnswerParser.ApproximateCount(s, "场");
            _ = AnswerParser.ReadCount(s, "篇");
            _ = AnswerParser.ReadCount(s, null);
            _ = AnswerParser.Percent(s);
            _ = AnswerParser.ListItems(s);
            _ = AnswerParser.Pairs(s, "篇");
            _ = AnswerParser.IsDoneWord(s);
            _ = AnswerParser.IsUnknownWord(s);
        }, output.WriteLine);

    [Fact]
    public void Cleaned_text_holds_nothing_invisible_and_cleaning_twice_changes_nothing() =>
        PropertyRun.Check(Garbage, s =>
        {
            var clean = TextNormalizer.Clean(s);
            Assert.DoesNotContain(clean, c => char.IsControl(c) && c is not '\n' and not '\t');
            Assert.DoesNotContain(clean, c => "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C\u200B\u200C\u2060\uFEFF".Contains(c, StringComparison.Ordinal));
            Assert.Equal(clean, TextNormalizer.Clean(clean));
        }, output.WriteLine);

    [Fact]
    public void Parsed_list_items_and_pair_names_hold_nothing_invisible() =>
        PropertyRun.Check(Garbage, s =>
        {
            var texts = (AnswerParser.ListItems(s).Value ?? []).Concat((AnswerParser.Pairs(s, "篇").Value ?? []).Select(p => p.Name));
            Assert.DoesNotContain(texts, t => t != TextNormalizer.Clean(t) || t.Contains('\n', StringComparison.Ordinal));
        }, output.WriteLine);
}
