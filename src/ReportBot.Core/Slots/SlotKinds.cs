using ReportBot.Core.Templates;

namespace ReportBot.Core.Slots;

/// <summary>The handler of every slot kind, registered once.</summary>
public static class SlotKinds
{
    private static readonly Dictionary<SlotKind, SlotKindHandler> Handlers = new SlotKindHandler[]
    {
        new TextKind(), new PeriodKind(), new UnitKind(), new ConfirmKind(), new ChoiceKind(), new CountKind(), new ApproxKind(), new PercentKind(),
        new ListKind(), new PairsKind(), new FreeKind(), new DefaultsKind(),
    }.ToDictionary(h => h.Kind);

    /// <summary>The handler of <paramref name="kind"/>.</summary>
    public static SlotKindHandler Of(SlotKind kind) => Handlers[kind];

    /// <summary>The handler of the slot's kind.</summary>
    public static SlotKindHandler Handler(this SlotDefinition slot) => Handlers[slot.Kind];
}
