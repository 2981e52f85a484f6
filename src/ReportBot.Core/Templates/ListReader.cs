using Markdig.Syntax;

namespace ReportBot.Core.Templates;

/// <summary>Reads one Markdown list into 一是/二是 items, free-item slots and default-wording lists.</summary>
internal sealed class ListReader(ParseContext context)
{
    public TemplateList Read(ListBlock list)
    {
        context.InList = true;
        var items = new List<TemplateItem>();
        foreach (var block in list)
        {
            if (Read((ListItemBlock)block) is { } item)
            {
                items.Add(item);
            }
        }

        context.InList = false;
        return new TemplateList(list.IsLoose, Finish(items, list));
    }

    private TemplateItem? Read(ListItemBlock item)
    {
        if (item.Count != 1 || item[0] is not ParagraphBlock paragraph)
        {
            var where = item.Count > 0 ? item[^1].Span.Start : item.Span.Start;
            context.Error(where, item.Descendants<ListBlock>().Any()
                ? "不支持嵌套列表：每个列表项写一段文字"
                : "列表项只能包含一段文字");
            return null;
        }

        var text = InlineParser.Parse(context, paragraph.Span.Start, paragraph.Span.End + 1);
        if (text.Parts is [SlotPart { IsDefinition: true } only])
        {
            var kind = context.Slots.First(s => s.Id == only.SlotId).Kind;
            if (kind == SlotKind.Free)
            {
                return new FreeItems(only.SlotId);
            }

            if (kind == SlotKind.Defaults)
            {
                return new DefaultsMarker(only.SlotId);
            }
        }

        foreach (var slot in text.Slots.Where(s => s.IsDefinition))
        {
            var kind = context.Slots.First(s => s.Id == slot.SlotId).Kind;
            if (kind is SlotKind.Free or SlotKind.Defaults)
            {
                context.Error(paragraph.Span.Start, $"{kind.ToString().ToLowerInvariant()} 空位“{slot.SlotId}”要单独占一个列表项");
            }
        }

        CheckBareSlots(text, paragraph.Span.Start);
        FragmentRules.CheckFragments(context, text, paragraph.Span.Start);
        if (!text.Parts.OfType<SlotPart>().Any(s => context.Slots.FirstOrDefault(d => d.Id == s.SlotId) is { Required: false }))
        {
            FragmentRules.CheckLeadIns(context, text, paragraph.Span.Start);
        }

        return new TextItem(text);
    }

    /// <summary>
    /// In an item with several optional slots, each must stand in <c>[ ]</c>: a bare one that is skipped would leave
    /// its measure word behind ("文化活动场（次）").
    /// </summary>
    private void CheckBareSlots(TemplateText text, int offset)
    {
        bool Optional(SlotPart part) => context.Slots.FirstOrDefault(s => s.Id == part.SlotId) is { Required: false };
        if (text.Slots.Count(Optional) < 2)
        {
            return;
        }

        foreach (var bare in text.Parts.OfType<SlotPart>().Where(Optional))
        {
            context.Error(offset, $"空位“{bare.SlotId}”应放在“[ ]”里：这一项有多个可省略的空位，它未填写时会留下多余的文字，如 [开展活动{{{{count {bare.SlotId} 次 | …}}}}次]");
        }
    }

    /// <summary>A list with a defaults marker: its other items become that slot's default wording.</summary>
    private List<TemplateItem> Finish(List<TemplateItem> items, ListBlock list)
    {
        var markers = items.OfType<DefaultsMarker>().ToList();
        if (markers.Count == 0)
        {
            return items;
        }

        if (markers.Count > 1 || items.Any(i => i is FreeItems))
        {
            context.Error(list.Span.Start, "一个列表里只能有一个 defaults 空位，且不能再有 free 空位");
            return items;
        }

        var defaults = items.OfType<TextItem>().Select(i => i.Text).ToList();
        if (defaults.Count == 0)
        {
            context.Error(list.Span.Start, $"defaults 空位“{markers[0].SlotId}”所在的列表里没有模板内容");
        }

        var slot = context.Slots.First(s => s.Id == markers[0].SlotId);
        context.ReplaceSlot(slot with { DefaultItems = defaults });
        return [new DefaultItems(markers[0].SlotId)];
    }
}
