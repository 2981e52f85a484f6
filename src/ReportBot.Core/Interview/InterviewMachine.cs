using Stateless;

namespace ReportBot.Core.Interview;

/// <summary>
/// The conversation's phases and the moves between them, configured in one place. The phase lives in the session
/// (outside the machine), so the machine is rebuilt around the stored value for every turn.
/// </summary>
internal sealed class InterviewMachine
{
    private readonly StateMachine<Phase, Trigger> _machine;
    private readonly Func<Phase> _returnPhase;

    public InterviewMachine(Func<Phase> read, Action<Phase> write, Func<Phase> returnPhase)
    {
        _machine = new StateMachine<Phase, Trigger>(read, write);
        _returnPhase = returnPhase;
        Configure();
    }

    public bool CanFire(Trigger trigger) => _machine.CanFire(trigger);

    public void Fire(Trigger trigger) => _machine.Fire(trigger);

    private void Configure()
    {
        _machine.Configure(Phase.ChoosingTemplate)
            .Permit(Trigger.ChooseTemplate, Phase.Asking)
            .PermitReentry(Trigger.New);

        _machine.Configure(Phase.Asking)
            .Permit(Trigger.AllAnswered, Phase.Reviewing)
            .Permit(Trigger.Edit, Phase.PickingSection)
            .Permit(Trigger.Cancel, Phase.ConfirmingCancel)
            .PermitDynamic(Trigger.EditDone, () => _returnPhase() == Phase.Asking ? Phase.Asking : Phase.Finished);

        _machine.Configure(Phase.Reviewing)
            .Permit(Trigger.Generate, Phase.Finished)
            .Permit(Trigger.Edit, Phase.PickingSection)
            .Permit(Trigger.BackToQuestions, Phase.Asking)
            .Permit(Trigger.Cancel, Phase.ConfirmingCancel);

        _machine.Configure(Phase.PickingSection)
            .Permit(Trigger.PickSection, Phase.Asking)
            .PermitDynamic(Trigger.Resume, _returnPhase);

        _machine.Configure(Phase.ConfirmingCancel)
            .Permit(Trigger.ConfirmCancel, Phase.ChoosingTemplate)
            .PermitDynamic(Trigger.Resume, _returnPhase);

        _machine.Configure(Phase.Finished)
            .Permit(Trigger.Edit, Phase.PickingSection)
            .Permit(Trigger.New, Phase.ChoosingTemplate)
            .PermitReentry(Trigger.Generate);
    }
}
