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
        ("help", "帮助"),
    ];

    /// <summary>The command in <paramref name="text"/>, or <see cref="Command.None"/>.</summary>
    public static Command Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith('/'))
        {
            var name = trimmed[1..].Split([' ', '@'], 2)[0];
            return Slash.GetValueOrDefault(name, Command.Unknown);
        }

        return Words.GetValueOrDefault(trimmed.TrimEnd('。', '.', '！', '!'), Command.None);
    }
}
