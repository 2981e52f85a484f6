namespace ReportBot.Core.Interview;

/// <summary>The commands a user can give at any point.</summary>
public enum Command
{
    /// <summary>Not a command.</summary>
    None,

    /// <summary>/start: greeting, or "welcome back" with the current question.</summary>
    Start,

    /// <summary>/new: start another report.</summary>
    New,

    /// <summary>/back 上一步.</summary>
    Back,

    /// <summary>/skip 跳过.</summary>
    Skip,

    /// <summary>/status 进度.</summary>
    Status,

    /// <summary>/draft 草稿.</summary>
    Draft,

    /// <summary>/edit 修改.</summary>
    Edit,

    /// <summary>/cancel 取消.</summary>
    Cancel,

    /// <summary>/help 帮助.</summary>
    Help,

    /// <summary>/history 历史.</summary>
    History,

    /// <summary>/remind 提醒: turn reminders on or off.</summary>
    Remind,

    /// <summary>/date 落款日期: set the sign-off date.</summary>
    Date,

    /// <summary>/forget 删除我的数据: delete everything the bot holds about the user (asks first).</summary>
    Forget,

    /// <summary>/log 记录: log a work message ("/log 今天召开…"), or list this period's entries.</summary>
    Log,

    /// <summary>A slash command the bot does not know.</summary>
    Unknown,
}

/// <summary>Recognises commands: <c>/back</c>, <c>/back@SomeBot</c>, and the Chinese words (上一步、跳过…).</summary>
public static class CommandParser
{
    private static readonly Dictionary<string, Command> Slash = new(StringComparer.OrdinalIgnoreCase)
    {
        ["start"] = Command.Start,
        ["new"] = Command.New,
        ["back"] = Command.Back,
        ["skip"] = Command.Skip,
        ["status"] = Command.Status,
        ["draft"] = Command.Draft,
        ["edit"] = Command.Edit,
        ["cancel"] = Command.Cancel,
        ["help"] = Command.Help,
        ["history"] = Command.History,
        ["remind"] = Command.Remind,
        ["date"] = Command.Date,
        ["forget"] = Command.Forget,
        ["log"] = Command.Log,
    };

    private static readonly Dictionary<string, Command> Words = new(StringComparer.Ordinal)
    {
        ["上一步"] = Command.Back,
        ["返回上一步"] = Command.Back,
        ["跳过"] = Command.Skip,
        ["进度"] = Command.Status,
        ["草稿"] = Command.Draft,
        ["修改"] = Command.Edit,
        ["取消"] = Command.Cancel,
        ["帮助"] = Command.Help,
        ["历史"] = Command.History,
        ["提醒"] = Command.Remind,
        ["落款日期"] = Command.Date,
        ["删除我的数据"] = Command.Forget,
        ["记录"] = Command.Log,
        ["工作记录"] = Command.Log,
        ["新报告"] = Command.New,
        ["重新开始"] = Command.New,
    };

    /// <summary>The commands in the order they are listed in /help and the Telegram menu, with their descriptions.</summary>
    public static IReadOnlyList<(string Name, string Description)> Menu { get; } =
    [
        ("new", "新建报告"),
        ("back", "上一步"),
        ("skip", "跳过本题"),
        ("status", "查看进度"),
        ("draft", "生成目前的草稿"),
        ("edit", "修改某一部分"),
        ("cancel", "取消当前报告"),
        ("history", "以往的报告"),
        ("remind", "开启或关闭提醒"),
        ("date", "设置落款日期"),
        ("log", "记工作记录 / 查看本期记录"),
        ("forget", "删除我的全部数据"),
        ("help", "帮助"),
    ];

    /// <summary>
    /// The command in <paramref name="text"/> and what follows it ("/history 2" → History, "2"), or
    /// <see cref="Command.None"/>. The full-width slash of Chinese input methods (／draft) counts as a slash.
    /// </summary>
    public static ParsedCommand Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 1 && trimmed[0] is '/' or '／')
        {
            var parts = trimmed[1..].Split([' ', '　'], 2, StringSplitOptions.TrimEntries);
            var name = parts[0].Split('@', 2)[0];
            return new ParsedCommand(Slash.GetValueOrDefault(name, Command.Unknown), parts.Length > 1 ? parts[1] : string.Empty);
        }

        var word = trimmed.TrimEnd('。', '.', '！', '!');
        if (Words.TryGetValue(word, out var command))
        {
            return new ParsedCommand(command, string.Empty);
        }

        // A word command with its argument: "历史 2", "落款日期 2020年7月10日".
        var space = word.IndexOfAny([' ', '　']);
        return space > 0 && Words.TryGetValue(word[..space], out command) && command is Command.History or Command.Date or Command.Forget or Command.Log
            ? new ParsedCommand(command, word[(space + 1)..].Trim())
            : new ParsedCommand(Command.None, string.Empty);
    }
}

/// <summary>A command and the text after it.</summary>
public sealed record ParsedCommand(Command Command, string Argument);
