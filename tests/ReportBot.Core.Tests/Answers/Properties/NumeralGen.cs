using System.Globalization;
using CsCheck;
using ReportBot.Core.Answers;

namespace ReportBot.Core.Tests.Answers.Properties;

/// <summary>Generators for numbers, the ways of writing them, and text that is not a number.</summary>
internal static class NumeralGen
{
    public const long Max = 100_000_000;

    /// <summary>Every character a numeral is made of, in all scripts (full-width digits included).</summary>
    public const string NumeralChars = "0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬";

    /// <summary>What users paste by accident or attackers on purpose: bidi, zero-width, control and odd spaces.</summary>
    public const string Invisible = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C\u200B\u200C\u200D\u2060\uFEFF\0\u0001\u0007\u001B\u007F\u0085\u009F\r\n\t \u3000\u00A0\u2028";

    private const string Punctuation = "，。、；：？！“”‘’《》（）【】…—·,.;:?!\"'()[]-~%％/／+＋";

    /// <summary>0–100,000,000, weighted towards the hard cases: inner zeros (一万零一), round numbers, the ends.</summary>
    public static readonly Gen<long> Number = Gen.Frequency(
        (3, Gen.Long[0, Max]),
        (3, Gen.Select(Gen.Int[1, 9], Gen.Frequency((4, Gen.Const(0)), (1, Gen.Int[1, 9])).Array[0, 7], Digits)),
        (1, Gen.Long[0, 200]),
        (1, Gen.OneOf<long>(0, 1, 10, 11, 100, 101, 110, 1000, 1001, 1010, 10_000, 10_001, 100_000, 10_000_000, 10_000_001, Max - 1, Max)));

    /// <summary>A number with one way of writing it: 小写, 大写, full-width or ASCII digits.</summary>
    public static readonly Gen<(long N, string Text)> Written =
        Gen.Select(Number, Gen.Int[0, 3], (n, form) => (n, Write(n, form)));

    /// <summary>Any UTF-16 code unit, lone surrogates included.</summary>
    public static readonly Gen<char> AnyChar = Gen.Char['\0', '\uFFFF'];

    /// <summary>Text mixing random Unicode, invisible characters, Chinese, punctuation and numeral characters.</summary>
    public static readonly Gen<string> Garbage = Gen.Frequency(
        (3, AnyChar), (2, Gen.Char[Invisible]), (2, Gen.Char['\u4E00', '\u9FFF']), (1, Gen.Char[Punctuation]), (1, Gen.Char[NumeralChars]))
        .Array[0, 40].Select(cs => new string(cs));

    /// <summary>Like <see cref="Garbage"/> but without a single numeral character, even after full-width mapping.</summary>
    public static readonly Gen<string> NumberFreeGarbage = Gen.Frequency(
        (3, AnyChar), (2, Gen.Char[Invisible]), (2, Gen.Char['\u4E00', '\u9FFF']), (1, Gen.Char[Punctuation]))
        .Array[0, 20].Select(cs => new string([.. cs.Where(c => !IsNumeral(c))]));

    /// <summary>True when <paramref name="c"/> reads as part of a numeral (after full-width mapping).</summary>
    public static bool IsNumeral(char c) => ChineseNumerals.IsNumeralChar(TextNormalizer.ToHalfWidth(c.ToString())[0]);

    public static string Write(long n, int form) => form switch
    {
        0 => ChineseNumerals.Format(n),
        1 => ChineseNumerals.Format(n, capital: true),
        2 => FullWidth(n.ToString(CultureInfo.InvariantCulture)),
        _ => n.ToString(CultureInfo.InvariantCulture),
    };

    public static string FullWidth(string digits) => new([.. digits.Select(c => (char)(c - '0' + '０'))]);

    private static long Digits(int lead, int[] rest) => rest.Aggregate((long)lead, (n, d) => (n * 10) + d);
}
