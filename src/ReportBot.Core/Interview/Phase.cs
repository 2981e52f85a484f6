namespace ReportBot.Core.Interview;

/// <summary>
/// Where a conversation stands. <see cref="Turn"/> configures the Stateless machine that moves between these; the
/// two superstates group what an interview in progress and a finished report have in common.
/// </summary>
public enum Phase
{
    /// <summary>No report: the user picks a report type.</summary>
    ChoosingTemplate,

    /// <summary>Superstate of every phase of an interview in progress (never the current phase itself).</summary>
    Interviewing,

    /// <summary>Questions are being asked.</summary>
    Asking,

    /// <summary>All questions answered: the review with 生成草稿 / 修改某部分.</summary>
    Reviewing,

    /// <summary>/cancel asked for confirmation.</summary>
    ConfirmingCancel,

    /// <summary>/new asked for confirmation (it abandons the unfinished report).</summary>
    ConfirmingNew,

    /// <summary>The /edit section picker, during the interview.</summary>
    PickingSection,

    /// <summary>A section's questions asked again, during the interview.</summary>
    EditingSection,

    /// <summary>Superstate of a finished report: the draft was generated and the report kept (never current itself).</summary>
    Finished,

    /// <summary>The draft was generated; /draft, /edit and /new still work.</summary>
    Drafted,

    /// <summary>The /edit section picker, after the draft.</summary>
    ChoosingRevision,

    /// <summary>A section's questions asked again after the draft; done → the draft is generated again.</summary>
    Revising,
}

/// <summary>What moves the machine from one phase to another.</summary>
public enum Trigger
{
    /// <summary>A report type was chosen (parameter: the template id).</summary>
    ChooseTemplate,

    /// <summary>The last open question was answered.</summary>
    AllAnswered,

    /// <summary>/back from the review: to the last question.</summary>
    BackToQuestions,

    /// <summary>生成草稿.</summary>
    Generate,

    /// <summary>/edit: open the section picker.</summary>
    Edit,

    /// <summary>A section was picked in the editor (parameter: the section key).</summary>
    PickSection,

    /// <summary>The last question of an edited section was answered.</summary>
    EditDone,

    /// <summary>The picker or an edit was left without finishing (/cancel, /back): answers as before the edit.</summary>
    LeaveEditor,

    /// <summary>/cancel while an interview is in progress.</summary>
    Cancel,

    /// <summary>/new while an interview is in progress.</summary>
    StartNew,

    /// <summary>The cancel or /new was confirmed.</summary>
    Confirm,

    /// <summary>The cancel or /new was declined: back to where the user was.</summary>
    Decline,

    /// <summary>/cancel or /new after the draft: the report stays kept, the conversation is free again.</summary>
    Close,

    /// <summary>An interview idle past the expiry is closed (its answers kept for reuse).</summary>
    Expire,

    /// <summary>The report type is no longer offered.</summary>
    TemplateWithdrawn,

    /// <summary>The template got a new version: answers kept by slot id, open questions asked.</summary>
    TemplateChanged,
}
