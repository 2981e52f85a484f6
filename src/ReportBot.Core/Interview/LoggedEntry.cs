using ReportBot.Core.WorkLog;

namespace ReportBot.Core.Interview;

/// <summary>
/// One work-log entry kept for the user: what the classifier filed, for which report type, and when it came in.
/// It lives in the conversation state, so it is stored in the same transaction as the turn that made it.
/// </summary>
/// <param name="Id">Numbers entries for undo, deletion and re-filing.</param>
/// <param name="TemplateId">The report type whose slots it was filed under.</param>
/// <param name="Entry">What was understood.</param>
/// <param name="ReceivedAt">When the message reached the bot.</param>
public sealed record LoggedEntry(int Id, string TemplateId, LogEntry Entry, DateTimeOffset ReceivedAt);
