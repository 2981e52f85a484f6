using ReportBot.Core.Interview;
using ReportBot.Rendering.Docx;
using ReportBot.Rendering.TelegramHtml;
using ReportBot.Telegram.Receiving;
using ReportBot.Telegram.Sending;

namespace ReportBot.Telegram.Processing;

/// <summary>
/// Engine replies → Bot API calls: questions as HTML messages with inline buttons, a draft as message(s) of at
/// most 4096 characters split at paragraph boundaries plus the .docx, and an answer to every button press.
/// </summary>
public sealed class ReplyRenderer(DocxRenderer docx)
{
    private const int ShortLabel = 8;
    private const int MaxNameLength = 32;
    private readonly TelegramHtmlRenderer _html = new();

    /// <summary>
    /// The calls for one turn, in order. In groups the first message of each reply names whose interview it is
    /// (several members may be writing reports in the same chat).
    /// </summary>
    public IReadOnlyList<OutgoingMessage> Render(IReadOnlyList<Reply> replies, InboundMessage inbound)
    {
        var calls = new List<OutgoingMessage>();
        if (inbound.CallbackQueryId is { } callback)
        {
            calls.Add(OutgoingMessage.Callback(inbound.ChatId, callback));
        }

        var owner = Owner(inbound);
        foreach (var reply in replies)
        {
            switch (reply)
            {
                case TextReply text:
                    var parts = TelegramText.SplitPlain(owner + TelegramText.Message(text.Context, text.Text));
                    calls.AddRange(parts.Select((part, i) => OutgoingMessage.Html(inbound.ChatId, part, i == parts.Count - 1 ? Keyboard(text.Choices) : null)));
                    break;
                case DraftReply draft:
                    var limit = TelegramMessageSplitter.MessageLimit - TelegramMessageSplitter.VisibleLength(owner);
                    calls.AddRange(TelegramMessageSplitter.Split(draft.Draft, _html, limit).Select((part, i) => OutgoingMessage.Html(inbound.ChatId, i == 0 ? owner + part : part)));
                    var caption = draft.Complete ? "Word 文档（公文格式）" : "Word 文档（草稿，尚未填完）";
                    calls.Add(OutgoingMessage.Document(inbound.ChatId, DocxRenderer.FileNameFor(draft.Draft), docx.Render(draft.Draft), owner + caption));
                    break;
            }
        }

        return calls;
    }

    /// <summary>"<b>张三的报告：</b>" and a line break in groups; nothing in private chats.</summary>
    private static string Owner(InboundMessage inbound)
    {
        if (!inbound.Group)
        {
            return string.Empty;
        }

        var name = string.IsNullOrWhiteSpace(inbound.UserName)
            ? "用户" + inbound.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : new string([.. inbound.UserName.Where(c => !char.IsControl(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format).Take(MaxNameLength)]);
        return $"<b>{TelegramText.Escape(TransportTexts.Owner(name))}</b>\n";
    }

    /// <summary>Short labels two to a row, long ones on a row of their own.</summary>
    private static List<IReadOnlyList<(string, string)>> Keyboard(IReadOnlyList<ReplyChoice> choices)
    {
        var rows = new List<IReadOnlyList<(string, string)>>();
        var row = new List<(string, string)>();
        foreach (var choice in choices)
        {
            if (choice.Label.Length > ShortLabel || row.Count == 2)
            {
                if (row.Count > 0)
                {
                    rows.Add(row);
                }

                row = [];
            }

            row.Add((choice.Label, choice.Data));
            if (choice.Label.Length > ShortLabel)
            {
                rows.Add(row);
                row = [];
            }
        }

        if (row.Count > 0)
        {
            rows.Add(row);
        }

        return rows;
    }
}
