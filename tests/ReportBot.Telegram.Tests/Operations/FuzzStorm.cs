using CsCheck;

namespace ReportBot.Telegram.Tests.Operations;

/// <summary>What one fuzz action does.</summary>
public enum FuzzKind
{
    Text,
    Press,
    StalePress,
    ForgedPress,
    Sticker,
    Photo,
    Edit,
    GroupChatter,
}

/// <summary>One generated user action: who (an index into the fuzz actors), what, the text or data, and a pick for buttons.</summary>
public sealed record FuzzAction(int Actor, FuzzKind Kind, string Text, int Pick);

/// <summary>Generators for the Telegram fuzz: hostile and ordinary texts, commands, button data, non-text messages.</summary>
public static class FuzzStorm
{
    /// <summary>Private chats 0..9, group members 10..12, the anonymous group admin 13.</summary>
    public const int Actors = 14;

    private const string Controls = "\u0000\u0001\u0007\u0008\u000B\u000C\u001B\u001F\u007F\u0085\u00AD";
    private const string Invisible = "\u200B\u200C\u200D\u2060\uFEFF\u180E";
    private const string Bidi = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C";
    private const string Markup = "<>&\"'*_`[]()~|#+-=.!\\/@{}";

    private static readonly string[] Answers =
    [
        "2020年上半年", "2026年下半年", "红旗街道", "完成", "3", "三次", "两百零五", "３", "98%", "百分之九十八", "跳过", "上一步", "进度", "帮助",
        "采用模板内容", "在模板基础上补充", "保持不变", "沿用上次", "生成草稿", "修改", "是", "否", "确认", "取消", "1", "2", "《红旗日报》 3篇",
        "读书会\n宣讲会\n座谈会", "/status", "/back", "/skip", "/help", "/edit", "/new", "/cancel", "/history", "/remind", "/start",
    ];

    private static readonly string[] Numbers =
    [
        "-1", "-0", "0", "99999999999999999999", "9223372036854775808", "-9223372036854775809", "2147483648", "1e308", "NaN", "Infinity",
        "١٢٣", "Ⅻ", "一万亿亿", "零零零", "3.14159", "1,000", "0x10", "+7", "三点五次", "负三", "百分之一百零一", "101%", "-5%",
    ];

    private static readonly string[] ForgedData =
    [
        "1|opt:99999999999", "0|hist:99999999999", "x|y", "", "|", "||||", "-1|opt:0", "2147483648|opt:1", "1|mode:99", "1|sec:99999",
        "0|tpl:does-not-exist", "1|opt:-1", "99999999999999999999|opt:1", "1|", "|opt:1", new string('a', 70), new string('9', 64),
        "1|opt:1|opt:2", "\u202E1|opt:1", "1|hist:-5", "1|pick:abc",
    ];

    private static readonly Gen<string> Noise =
        Gen.Char[Controls + Invisible + Bidi + Markup + "abcXYZ 中文报告街道。，、"].Array[0, 40].Select(chars => new string(chars));

    private static readonly Gen<string> Unicode =
        Gen.Frequency(
            (3, Gen.Char['\u0020', '\uD7FF'].Array[1, 30].Select(chars => new string(chars))),
            (1, Gen.Int[0x1F300, 0x1FAFF].Array[1, 8].Select(codes => string.Concat(codes.Select(char.ConvertFromUtf32)))));

    private static readonly Gen<string> Long =
        Gen.Int[0, 3].Select(i => i switch
        {
            0 => new string('长', 4096),
            1 => string.Concat(Enumerable.Repeat("很长的事项，", 700)),
            2 => new string('x', 4095) + "😀",
            _ => string.Concat(Enumerable.Repeat("<b>粗体</b>&amp;", 400)),
        });

    private static readonly Gen<string> Command =
        Gen.Select(Gen.OneOf("/start", "/edit", "/back", "/new", "/status", "/draft", "/history", "/remind", "/unknown", "/", "/start@other_bot", "/skip@reportbot_test_bot"), Noise, (c, junk) => c + " " + junk);

    private static readonly Gen<string> Texts =
        Gen.Frequency(
            (40, Gen.OneOf(Answers)),
            (12, Noise),
            (10, Unicode),
            (10, Gen.OneOf(Numbers)),
            (10, Command),
            (2, Long),
            (1, Gen.Const("/draft")));

    private static readonly Gen<FuzzAction> Action =
        Gen.Select(Gen.Int[0, Actors - 1], Gen.Int[0, 99], Texts, Gen.OneOf(ForgedData), Gen.Int[0, 1000], (actor, roll, text, forged, pick) => roll switch
        {
            < 55 => new FuzzAction(actor, actor >= 10 && roll < 8 ? FuzzKind.GroupChatter : FuzzKind.Text, text, pick),
            < 75 => new FuzzAction(actor, FuzzKind.Press, string.Empty, pick),
            < 80 => new FuzzAction(actor, FuzzKind.StalePress, string.Empty, pick),
            < 90 => new FuzzAction(actor, FuzzKind.ForgedPress, forged, pick),
            < 93 => new FuzzAction(actor, FuzzKind.Sticker, string.Empty, pick),
            < 96 => new FuzzAction(actor, FuzzKind.Photo, string.Empty, pick),
            _ => new FuzzAction(actor, FuzzKind.Edit, text, pick),
        });

    /// <summary>A storm of <paramref name="count"/> actions.</summary>
    public static Gen<FuzzAction[]> Storm(int count) => Action.Array[count];
}
