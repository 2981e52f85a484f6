using ReportBot.FakeBotApi;

namespace ReportBot.Telegram.Tests.Operations;

/// <summary>Turns generated fuzz actions into fake Bot API updates for a fixed cast of private chats and group members.</summary>
public sealed class FuzzDriver(FakeBotApiServer server)
{
    private const long Group = -9600;
    private readonly HashSet<(long Chat, long? User)> _conversations = [];

    /// <summary>Every conversation that sent something that reaches the interview.</summary>
    public IReadOnlyCollection<(long Chat, long? User)> Conversations => _conversations;

    /// <summary>Queues the action's update; false when it had nothing to act on (a press before any bot message).</summary>
    public bool Send(FuzzAction action)
    {
        var (chat, user) = action.Actor switch
        {
            < 10 => (9500L + action.Actor, (long?)null),
            < 13 => (Group, (long?)(11 + action.Actor - 10)),
            _ => (Group, (long?)null),
        };
        if (action.Actor == 13)
        {
            server.SendAsAnonymousAdmin(Group, "/start " + action.Text);
            return true;
        }

        var bot = server.Messages(chat);
        switch (action.Kind)
        {
            case FuzzKind.Text:
                Track(chat, user);
                Text(chat, user, action.Text, bot.Count > 0 ? bot[^1].MessageId : null);
                return true;
            case FuzzKind.GroupChatter:
                server.SendGroupText(chat, user ?? 11, action.Text.TrimStart('/') is { Length: > 0 } t ? t : "大家好");
                return true;
            case FuzzKind.Press or FuzzKind.StalePress or FuzzKind.ForgedPress:
                var withButtons = bot.Where(m => m.AllButtons.Any()).ToList();
                var target = action.Kind == FuzzKind.Press ? withButtons.LastOrDefault() : withButtons.ElementAtOrDefault(action.Pick % Math.Max(1, withButtons.Count));
                target ??= bot.Count > 0 ? bot[^1] : null;
                if (target is null)
                {
                    return false;
                }

                var buttons = target.AllButtons.ToList();
                var data = action.Kind == FuzzKind.ForgedPress || buttons.Count == 0 ? Forge(action, withButtons) : buttons[action.Pick % buttons.Count].CallbackData ?? string.Empty;
                Track(chat, user);
                server.PressButton(chat, target.MessageId, data, user);
                return true;
            case FuzzKind.Sticker:
                Track(chat, user);
                server.SendSticker(chat, userId: user);
                return true;
            case FuzzKind.Photo:
                Track(chat, user);
                server.SendPhoto(chat, caption: action.Text, userId: user);
                return true;
            default:
                var mine = user is null ? server.SendText(chat, "原文") : server.SendGroupText(chat, user.Value, "/status 原文");
                Track(chat, user);
                server.EditUserMessage(chat, server.MessageIdOf(mine), action.Text.Length == 0 ? "改" : action.Text);
                return true;
        }
    }

    /// <summary>Half the forged presses carry the step of the newest real button, so they get past the stale-button check.</summary>
    private static string Forge(FuzzAction action, List<SentMessage> withButtons)
    {
        var separator = action.Text.IndexOf('|', StringComparison.Ordinal);
        if (action.Pick % 2 == 0 || separator < 0 || withButtons.Count == 0 || withButtons[^1].AllButtons.First().CallbackData is not { } real)
        {
            return action.Text;
        }

        return real.Split('|')[0] + action.Text[separator..];
    }

    /// <summary>In the group a member answers by replying to the bot's latest message (or with a command), as the bot requires.</summary>
    private void Text(long chat, long? user, string text, long? lastBotMessage)
    {
        if (user is { } member)
        {
            if (lastBotMessage is { } replyTo && !text.StartsWith('/'))
            {
                server.ReplyTo(chat, replyTo, text, member);
            }
            else
            {
                server.SendGroupText(chat, member, text.StartsWith('/') ? text : "/" + text);
            }
        }
        else
        {
            server.SendText(chat, text);
        }
    }

    private void Track(long chat, long? user) => _conversations.Add((chat, user));
}
