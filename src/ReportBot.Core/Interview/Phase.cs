namespace ReportBot.Core.Interview;

/// <summary>Where a conversation stands. The Stateless machine in <see cref="InterviewMachine"/> moves between these.</summary>
public enum Phase
{
    /// <summary>No report yet: the user picks a report type.</summary>
    ChoosingTemplate,

    /// <summary>Questions are being asked (also while editing a section).</summary>
    Asking,

    /// <summary>All questions answered: the review with 生成草稿 / 修改某部分.</summary>
    Reviewing,

    /// <summary>The /edit section picker.</summary>
    PickingSection,

    /// <summary>/cancel or /new asked for confirmation.</summary>
    ConfirmingCancel,

    /// <summary>The draft was generated; /edit and /draft still work.</summary>
    Finished,
}

/// <summary>What moves the machine from one phase to another.</summary>
public enum Trigger
{
    /// <summary>A report type was chosen.</summary>
    ChooseTemplate,

    /// <summary>The last question was answered.</summary>
    AllAnswered,

    /// <summary>/back from the review: to the last question.</summary>
    BackToQuestions,

    /// <summary>生成草稿.</summary>
    Generate,

    /// <summary>/edit.</summary>
    Edit,

    /// <summary>A section was picked in the editor.</summary>
    PickSection,

    /// <summary>An edited section is done.</summary>
    EditDone,

    /// <summary>/cancel or /new while a report is in progress.</summary>
    Cancel,

    /// <summary>The cancel was confirmed.</summary>
    ConfirmCancel,

    /// <summary>Back to where the user was (cancel declined, picker left).</summary>
    Resume,

    /// <summary>/new when nothing is in progress.</summary>
    New,
}
