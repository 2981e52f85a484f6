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

    /// <summary>
    /// Runs the interview until the input ends. <paramref name="templateId"/> starts that report; an interview of
    /// another report in progress is never silently continued with answers meant for this one: it is refused (exit
    /// code 2) unless <paramref name="startNew"/> abandons it. The same report in progress is continued.
    /// </summary>
    public async Task<int> RunAsync(TextReader input, string? templateId, bool startNew, CancellationToken cancellationToken)
    {
        if (templateId is null)
        {
            await SendAsync(new TextInput("/start"), cancellationToken);
        }
        else if (await StartTemplateAsync(templateId, startNew, cancellationToken) is { } refused)
        {
            return refused;
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

    /// <summary>Starts (or continues) the report; returns an exit code when it must not go on.</summary>
    private async Task<int?> StartTemplateAsync(string templateId, bool startNew, CancellationToken cancellationToken)
    {
        var catalog = conversations.Engine.Catalog;
        if (catalog.Find(templateId) is not { } template)
        {
            writer.Note($"没有 id 为“{templateId}”的模板。可用的模板：{string.Join("、", catalog.Templates.Select(t => t.Id))}");
            return 2;
        }

        var session = await store.LoadAsync(ConversationKey, cancellationToken);
        var running = session is { InProgress: true, Interview: { } interview } ? catalog.Find(interview.TemplateId) : null;
        if (running is not null && running.Id != template.Id && !startNew)
        {
            writer.Note($"已有进行中的《{running.Name}》（已答{session!.Interview!.Answers.Count}/{running.Slots.Count}题），没有开始《{template.Name}》。"
                + $"不带 --template 运行可以接着填写它；要放弃它并开始《{template.Name}》，请加 --new。");
            return 2;
        }

        await SendAsync(new TextInput("/start"), cancellationToken);
        if (running is not null && running.Id == template.Id && !startNew)
        {
            return null;
        }

        if (running is not null)
        {
            await SendAsync(new TextInput("/new"), cancellationToken);
            await SendAsync(new TextInput("确定，开始新报告"), cancellationToken);
        }
        else if (session?.Phase is not (null or Phase.ChoosingTemplate))
        {
            await SendAsync(new TextInput("/new"), cancellationToken);
        }

        await SendAsync(new TextInput(template.Name), cancellationToken);
        return null;
    }

    /// <summary>Writes the draft files; a folder that cannot be written is said, and the interview goes on.</summary>
    private string Save(DraftReply draft)
    {
        try
        {
            return "草稿已保存：" + string.Join("、", files.Write(draft.Draft, outputDirectory));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"草稿没能保存到“{outputDirectory}”（{e.Message}）。回答都已保存；请用 --out 换一个可写的文件夹后再发送 /draft。";
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
                writer.Note(Save(draft));
            }
            else if (reply is TextReply text)
            {
                writer.Text(text, showChoices: ReferenceEquals(reply, replies[^1]));
            }
        }
    }
}
