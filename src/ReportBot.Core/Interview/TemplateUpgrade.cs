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

        var answers = session.Answers.Where(a => template.HasSlot(a.Key)).ToDictionary();
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
            Step = session.Step + 1,
        };
    }
}
