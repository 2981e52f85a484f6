using ReportBot.Core.Conversations;
using ReportBot.Core.Interview;
using ReportBot.Rendering;

namespace ReportBot.Cli.Chat;

/// <summary>
/// The interview in a terminal: each line read is one message, handed to the same <see cref="ConversationService"/>
/// the Telegram bot uses. It reads a line only when it needs one and stops cleanly at the end of input.
/// </summary>
public sealed class TerminalChat(ConversationService conversations, ISessionStore store, TerminalWriter writer, DraftFileWriter files, string outputDirectory)
{
    /// <summary>The conversation key of the terminal user.</summary>
    public const string ConversationKey = "terminal:local";

    /// <summary>Runs the interview until the input ends. <paramref name="templateId"/> starts that report when none is in progress.</summary>
    public async Task<int> RunAsync(TextReader input, string? templateId, CancellationToken cancellationToken)
    {
        await SendAsync(new TextInput("/start"), cancellationToken);
        if (templateId is not null)
        {
            await StartTemplateAsync(templateId, cancellationToken);
        }

        while (!cancellationToken.IsCancellationRequested)
        {
            writer.Prompt();
            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null)
            {
                writer.Note("（输入结束，进度已保存。再次运行 chat 可以接着填写。）");
                return 0;
            }

            writer.Echo(line);
            if (line.Trim().Length == 0)
            {
                continue;
            }

            await SendAsync(new TextInput(line), cancellationToken);
        }

        return 0;
    }

    private async Task StartTemplateAsync(string templateId, CancellationToken cancellationToken)
    {
        var template = conversations.Engine.Catalog.Find(templateId);
        if (template is null)
        {
            writer.Note($"没有 id 为“{templateId}”的模板。可用的模板：{string.Join("、", conversations.Engine.Catalog.Templates.Select(t => t.Id))}");
            return;
        }

        var session = await store.LoadAsync(ConversationKey, cancellationToken);
        if (session is null or { Phase: Phase.ChoosingTemplate })
        {
            await SendAsync(new TextInput(template.Name), cancellationToken);
        }
    }

    private async Task SendAsync(UserInput input, CancellationToken cancellationToken)
    {
        var replies = await conversations.HandleAsync(ConversationKey, input, cancellationToken);
        foreach (var reply in replies)
        {
            if (reply is DraftReply draft)
            {
                writer.Draft(draft);
                writer.Note("草稿已保存：" + string.Join("、", files.Write(draft.Draft, outputDirectory)));
            }
            else if (reply is TextReply text)
            {
                writer.Text(text, showChoices: ReferenceEquals(reply, replies[^1]));
            }
        }
    }
}
