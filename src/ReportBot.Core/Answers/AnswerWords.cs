using System.Collections.Frozen;

namespace ReportBot.Core.Answers;

/// <summary>Whole-answer words: "I am finished" (完成), "I do not know" (不清楚), and yes (是的) or no (不是).</summary>
internal static class AnswerWords
{
    private static readonly FrozenSet<string> DoneWords = new[]
    {
        "完成", "完成了", "完毕", "好了", "没有了", "没有", "没了", "无", "结束", "结束了", "就这些",
        "暂无", "暂时没有", "暂没有", "没有其他", "没有别的", "无其他", "其他没有", "别的没有", "否", "没有补充", "无补充",
        "done", "finish", "finished",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> UnknownWords = new[]
    {
        "不清楚", "不太清楚", "不大清楚", "不知道", "不太知道", "不晓得", "不知", "未知", "不详", "不了解",
        "不确定", "不太确定", "不能确定", "说不准", "说不清", "说不好", "不好说", "拿不准",
        "记不清", "记不太清", "记不得", "不记得", "不太记得", "记不起来", "想不起来",
        "忘", "忘记", "忘掉", "没统计", "没有统计", "未统计", "无法统计", "没数", "待统计", "待查", "待核实",
        "unknown", "idk", "notsure",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> YesWords = new[]
    {
        "是", "是的", "对", "对的", "对头", "好", "好的", "行", "可以", "确定", "确认", "没错", "没问题", "嗯", "嗯嗯",
        "就这样", "就这样写", "就这么写", "同意", "有", "有的", "还有", "ok", "okay", "yes", "y",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NoWords = new[]
    {
        "不是", "不对", "不", "否", "错", "写错", "填错", "输错", "不行", "不要", "不用", "重写", "重新写", "no", "n",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Said around the word without changing it: "我也不清楚", "暂时不知道", "忘了", "记不清了呢".
    private static readonly string[] Openings = ["我也", "我都", "我", "也", "暂时", "目前", "现在", "实在", "真", "还"];
    private static readonly string[] Endings = ["了", "呢", "啊", "呀", "哦", "哈", "吧", "诶"];

    public static bool IsDone(string? input) => DoneWords.Contains(Word(input));

    /// <summary>"是的", "对", "好的", "确定", "就这样写吧"… (an ending such as 吧、啊 ignored).</summary>
    public static bool IsYes(string? input) => YesWords.Contains(WithoutEndings(Word(input)));

    /// <summary>"不是", "不对", "错了", "不要"… (an ending such as 吧、啊 ignored).</summary>
    public static bool IsNo(string? input) => NoWords.Contains(WithoutEndings(Word(input)));

    public static bool IsUnknown(string? input)
    {
        var word = Word(input);
        word = Openings.FirstOrDefault(o => word.Length > o.Length && word.StartsWith(o, StringComparison.Ordinal)) is { } opening
            ? word[opening.Length..] : word;
        return UnknownWords.Contains(WithoutEndings(word));
    }

    private static string WithoutEndings(string word)
    {
        for (var trimmed = true; trimmed;)
        {
            var ending = Endings.FirstOrDefault(e => word.Length > e.Length && word.EndsWith(e, StringComparison.Ordinal));
            trimmed = ending is not null;
            word = trimmed ? word[..^ending!.Length] : word;
        }

        return word;
    }

    /// <summary>The answer without invisible characters, whitespace, punctuation and symbols, in lower case.</summary>
    private static string Word(string? input)
    {
        var s = TextNormalizer.ToHalfWidth(TextNormalizer.Clean(input));
        return new string([.. s.Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c) && !char.IsSymbol(c))]).ToLowerInvariant();
    }
}
