using ReportBot.Core.Drafting;
using ReportBot.Core.Interview;
using ReportBot.Core.Templates;
using ReportBot.Core.Tests.Support;

namespace ReportBot.Core.Tests.Drafting;

/// <summary>
/// A user who answers every question of any template the ordinary way (3 times, 96%, 是, the unit with its body,
/// two items per list) and asks for the draft, so drafts of every template can be read as a reviewer reads them.
/// </summary>
public static class ScriptedUser
{
    public static Draft Complete(string templateName, string unit, string period = "2020年上半年")
    {
        var chat = new ChatScript().Send("/start").Press(templateName);
        for (var guard = 0; guard < 400 && chat.Session.Phase == Phase.Asking; guard++)
        {
            var interview = chat.Interview;
            var template = Catalogs.Prompts.Find(interview.TemplateId)!;
            var slot = template.Slots[interview.Position];
            if (interview.Collecting is { Choosing: true })
            {
                chat.Press(chat.Last.OfType<TextReply>().Last().Choices[0].Label);
                continue;
            }

            Answer(chat, slot, period, unit);
        }

        Assert.Equal(Phase.Reviewing, chat.Session.Phase);
        chat.Press("生成草稿");
        return chat.LastDraft.Draft;
    }

    private static void Answer(ChatScript chat, SlotDefinition slot, string period, string unit)
    {
        switch (slot.Kind)
        {
            case SlotKind.Period:
                chat.Send(period);
                break;
            case SlotKind.Unit:
                chat.Send(unit);
                break;
            case SlotKind.Confirm:
                chat.Send("是");
                break;
            case SlotKind.Choice:
                chat.Send("1");
                break;
            case SlotKind.Count:
                chat.Send(slot.Id.Contains("ordinal", StringComparison.Ordinal) ? "38" : "3");
                break;
            case SlotKind.Approx:
                chat.Send("52");
                break;
            case SlotKind.Percent:
                chat.Send("96%");
                break;
            case SlotKind.Text:
                chat.Send("民族团结进步");
                break;
            case SlotKind.List:
                chat.Send($"{slot.Id}甲\n{slot.Id}乙").Send("完成");
                break;
            case SlotKind.Pairs:
                chat.Send("《红旗日报》 3篇\n学习强国 2篇").Send("完成");
                break;
            case SlotKind.Defaults:
                chat.Send("采用");
                break;
            default:
                chat.Send("完成");
                break;
        }
    }

    /// <summary>The body text: every paragraph and heading, without the title and the sign-off.</summary>
    public static string Body(Draft draft) =>
        string.Join("\n", draft.Blocks.Select(b => b is DraftParagraph p ? p.FullText : ((DraftHeading)b).FullText));
}
