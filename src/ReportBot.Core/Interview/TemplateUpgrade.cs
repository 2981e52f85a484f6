using System.Collections.Immutable;
using ReportBot.Core.Templates;

namespace ReportBot.Core.Interview;

/// <summary>
/// When a template changes under a running interview: answers are kept by slot id, answers to slots that no
/// longer exist are dropped, and the interview continues at the first question that has no answer.
/// </summary>
internal static class TemplateUpgrade
{
    public static InterviewSession Apply(InterviewSession session, ReportTemplate? template)
    {
        if (template is null || session.TemplateVersion == template.Version)
        {
            return session;
        }

        var answers = session.Answers.Where(a => template.HasSlot(a.Key) && Fits(template.Slot(a.Key), a.Value)).ToDictionary();
        var firstOpen = template.Slots.ToList().FindIndex(s => !answers.ContainsKey(s.Id));
        var phase = session.Phase;
        if (phase is Phase.Asking or Phase.PickingSection or Phase.ConfirmingCancel)
        {
            phase = firstOpen >= 0 ? Phase.Asking : Phase.Reviewing;
        }
        else if (firstOpen >= 0 && phase is Phase.Reviewing or Phase.Finished)
        {
            phase = Phase.Asking;
        }

        return session with
        {
            TemplateVersion = template.Version,
            Answers = answers.ToImmutableDictionary(),
            Phase = phase,
            Position = firstOpen >= 0 ? firstOpen : template.Slots.Count - 1,
            History = [],
            PendingItems = [],
            PendingPairs = [],
            PendingMode = null,
            EditSection = null,
            Failures = 0,
            FillingGaps = firstOpen >= 0,
            Step = session.Step + 1,
        };
    }

    /// <summary>An answer still fits a slot whose kind did not change; a slot whose kind changed is asked again.</summary>
    private static bool Fits(SlotDefinition slot, SlotAnswer answer) => answer.Skipped || slot.Kind switch
    {
        SlotKind.Count or SlotKind.Approx => answer.Number is not null,
        SlotKind.Percent => answer.Percent is not null,
        SlotKind.Text or SlotKind.Period => answer.Text is not null,
        SlotKind.Choice => answer.Text is not null && slot.Options.Contains(answer.Text),
        SlotKind.List or SlotKind.Free => answer.Items is not null && answer.Mode is null,
        SlotKind.Pairs => answer.Pairs is not null,
        SlotKind.Defaults => answer.Mode is not null,
        _ => false,
    };
}
