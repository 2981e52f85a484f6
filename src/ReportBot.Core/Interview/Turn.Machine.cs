using Stateless;

namespace ReportBot.Core.Interview;

/// <summary>
/// The rule book: every phase, every move between phases and what each move does on arrival, in one place. The
/// phase is stored in the conversation state, so the machine is rebuilt around it for each turn. Editing and
/// confirming are substates of the interview or of the finished report: where they return to follows from the
/// superstate and the position, never from a remembered phase.
/// </summary>
internal sealed partial class Turn
{
    private StateMachine<Phase, Trigger>.TriggerWithParameters<string> _chooseTemplate = null!;
    private StateMachine<Phase, Trigger>.TriggerWithParameters<string> _pickSection = null!;

    /// <summary>The configured machine, described (for the diagram and the rule-book tests).</summary>
    public static Stateless.Reflection.StateMachineInfo Describe() =>
        new Turn(new Templates.TemplateCatalog([]), new ConversationState(), TimeProvider.System, new InterviewPolicy())._machine.GetInfo();

    private bool QuestionsLeft() => State.Interview is { } i && Template is { } t && i.Position < t.Slots.Count;

    private bool AtReview() => !QuestionsLeft();

    private bool HasGaps() => State.Interview is { } i && Template is { } t && t.Slots.Any(s => !i.Answers.ContainsKey(s.Id));

    private bool NoGaps() => !HasGaps();

    private void Configure()
    {
        _chooseTemplate = _machine.SetTriggerParameters<string>(Trigger.ChooseTemplate);
        _pickSection = _machine.SetTriggerParameters<string>(Trigger.PickSection);

        _machine.Configure(Phase.ChoosingTemplate)
            .PermitIf(_chooseTemplate, Phase.Asking, id => _catalog.Find(id) is not null, "template offered")
            .OnEntryFrom(Trigger.Confirm, Discard, "discard the interview")
            .OnEntryFrom(Trigger.Close, Release, "keep the report, free the conversation")
            .OnEntryFrom(Trigger.Expire, KeepUnfinished, "keep the answers as an unfinished report")
            .OnEntryFrom(Trigger.TemplateWithdrawn, Withdraw, "drop the withdrawn report type");

        _machine.Configure(Phase.Interviewing)
            .Permit(Trigger.Expire, Phase.ChoosingTemplate)
            .Permit(Trigger.TemplateWithdrawn, Phase.ChoosingTemplate)
            .PermitIf(Trigger.TemplateChanged, Phase.Asking, HasGaps, "questions open")
            .PermitIf(Trigger.TemplateChanged, Phase.Reviewing, NoGaps, "all answered");

        _machine.Configure(Phase.Asking)
            .SubstateOf(Phase.Interviewing)
            .OnEntryFrom(_chooseTemplate, BeginInterview, "begin the interview")
            .OnEntryFrom(Trigger.BackToQuestions, BackToLastQuestion, "to the last question")
            .OnEntryFrom(Trigger.EditDone, ReturnFromEdit, "back to the question the user was on")
            .PermitIf(Trigger.AllAnswered, Phase.Reviewing, AtReview, "every question visited")
            .Permit(Trigger.Edit, Phase.PickingSection)
            .Permit(Trigger.Cancel, Phase.ConfirmingCancel)
            .Permit(Trigger.StartNew, Phase.ConfirmingNew);

        _machine.Configure(Phase.Reviewing)
            .SubstateOf(Phase.Interviewing)
            .OnEntryFrom(Trigger.EditDone, ReturnFromEdit, "back to the review")
            .Permit(Trigger.Generate, Phase.Drafted)
            .Permit(Trigger.BackToQuestions, Phase.Asking)
            .Permit(Trigger.Edit, Phase.PickingSection)
            .Permit(Trigger.Cancel, Phase.ConfirmingCancel)
            .Permit(Trigger.StartNew, Phase.ConfirmingNew);

        foreach (var confirming in (Phase[])[Phase.ConfirmingCancel, Phase.ConfirmingNew])
        {
            _machine.Configure(confirming)
                .SubstateOf(Phase.Interviewing)
                .Permit(Trigger.Confirm, Phase.ChoosingTemplate)
                .PermitIf(Trigger.Decline, Phase.Asking, QuestionsLeft, "questions left")
                .PermitIf(Trigger.Decline, Phase.Reviewing, AtReview, "at the review");
        }

        _machine.Configure(Phase.PickingSection)
            .SubstateOf(Phase.Interviewing)
            .OnEntryFrom(Trigger.Edit, OpenEdit, "remember where to return")
            .Permit(_pickSection.Trigger, Phase.EditingSection)
            .PermitIf(Trigger.LeaveEditor, Phase.Asking, QuestionsLeft, "questions left")
            .PermitIf(Trigger.LeaveEditor, Phase.Reviewing, AtReview, "at the review");

        _machine.Configure(Phase.EditingSection)
            .SubstateOf(Phase.Interviewing)
            .OnEntryFrom(_pickSection, BeginEdit, "ask the section again")
            .Permit(Trigger.Edit, Phase.PickingSection)
            .PermitIf(Trigger.EditDone, Phase.Asking, QuestionsLeft, "back to the open question")
            .PermitIf(Trigger.EditDone, Phase.Reviewing, AtReview, "back to the review")
            .PermitIf(Trigger.LeaveEditor, Phase.Asking, QuestionsLeft, "questions left")
            .PermitIf(Trigger.LeaveEditor, Phase.Reviewing, AtReview, "at the review");

        _machine.Configure(Phase.Finished)
            .Permit(Trigger.Close, Phase.ChoosingTemplate)
            .Permit(Trigger.TemplateWithdrawn, Phase.ChoosingTemplate)
            .PermitIf(Trigger.TemplateChanged, Phase.Asking, HasGaps, "questions open")
            .PermitIf(Trigger.TemplateChanged, Phase.Drafted, NoGaps, "all answered");

        _machine.Configure(Phase.Drafted)
            .SubstateOf(Phase.Finished)
            .OnEntryFrom(Trigger.Generate, DeliverDraft, "keep the report and send the draft")
            .OnEntryFrom(Trigger.EditDone, DeliverRevisedDraft, "keep the report again and send the new draft")
            .Permit(Trigger.Edit, Phase.ChoosingRevision);

        _machine.Configure(Phase.ChoosingRevision)
            .SubstateOf(Phase.Finished)
            .OnEntryFrom(Trigger.Edit, OpenEdit, "remember the report")
            .Permit(_pickSection.Trigger, Phase.Revising)
            .Permit(Trigger.LeaveEditor, Phase.Drafted);

        _machine.Configure(Phase.Revising)
            .SubstateOf(Phase.Finished)
            .OnEntryFrom(_pickSection, BeginEdit, "ask the section again")
            .Permit(Trigger.Edit, Phase.ChoosingRevision)
            .Permit(Trigger.EditDone, Phase.Drafted)
            .Permit(Trigger.LeaveEditor, Phase.Drafted);
    }

    /// <summary>Fires a trigger; the machine refuses a move the rule book does not allow.</summary>
    private void Fire(Trigger trigger)
    {
        _changed = true;
        _machine.Fire(trigger);
    }

    private bool CanFire(Trigger trigger) => _machine.CanFire(trigger);
}
