namespace ReportBot.FakeBotApi;

/// <summary>An answerCallbackQuery call.</summary>
public sealed record CallbackAnswer(string CallbackQueryId, string? Text, bool ShowAlert, string? Url, DateTimeOffset At);

/// <summary>A command set with setMyCommands.</summary>
public sealed record BotCommandInfo(string Command, string Description);

/// <summary>A setMyCommands call (scope and language as raw values).</summary>
public sealed record CommandsSet(IReadOnlyList<BotCommandInfo> Commands, string? ScopeJson, string? LanguageCode, DateTimeOffset At);

/// <summary>A sendChatAction call.</summary>
public sealed record ChatActionSent(long ChatId, string Action, DateTimeOffset At);

/// <summary>One request the server received. StatusCode 0 means the connection was dropped on purpose.</summary>
public sealed record RequestLogEntry(string Method, DateTimeOffset At, int StatusCode, string? Description);
