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
    private readonly TelegramHtmlRenderer _html = new();

    /// <summary>The calls for one turn, in order.</summary>
    public IReadOnlyList<OutgoingMessage> Render(IReadOnlyList<Reply> replies, InboundMessage inbound)
    {
        var calls = new List<OutgoingMessage>();
        if (inbound.CallbackQueryId is { } callback)
        {
            calls.Add(OutgoingMessage.Callback(inbound.ChatId, callback));
        }

        foreach (var reply in replies)
        {
            switch (reply)
            {
                case TextReply text:
                    var parts = TelegramText.SplitPlain(TelegramText.Message(text.Context, text.Text));
                    calls.AddRange(parts.Select((part, i) => OutgoingMessage.Html(inbound.ChatId, part, i == parts.Count - 1 ? Keyboard(text.Choices) : null)));
                    break;
                case DraftReply draft:
                    calls.AddRange(TelegramMessageSplitter.Split(draft.Draft, _html).Select(part => OutgoingMessage.Html(inbound.ChatId, part)));
                    var caption = draft.Complete ? "Word 文档（公文格式）" : "Word 文档（草稿，尚未填完）";
                    calls.Add(OutgoingMessage.Document(inbound.ChatId, DocxRenderer.FileNameFor(draft.Draft), docx.Render(draft.Draft), caption));
                    break;
            }
        }

        return calls;
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
