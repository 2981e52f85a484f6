using System.Collections.Immutable;

namespace ReportBot.Core.Interview;

/// <summary>A report kept after its draft was generated (or an interview closed for inactivity), for /history and reuse.</summary>
/// <param name="TemplateId">The report type.</param>
/// <param name="TemplateVersion">The template version the answers were given for.</param>
/// <param name="Title">The report title when it was kept.</param>
/// <param name="Answers">The answers by slot id.</param>
/// <param name="KeptAt">When it was kept.</param>
/// <param name="Complete">False for an interview closed before the end.</param>
public sealed record FinishedReport(
    string TemplateId, int TemplateVersion, string Title, ImmutableDictionary<string, SlotAnswer> Answers, DateTimeOffset KeptAt, bool Complete = true);
