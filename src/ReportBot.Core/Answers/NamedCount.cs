namespace ReportBot.Core.Answers;

/// <summary>One "name count" pair, e.g. 《红旗日报》 and 3 (篇). The name keeps the user's quotes and 《》.</summary>
/// <param name="Name">The name as the user wrote it, e.g. "《XX发布》（今日头条）".</param>
/// <param name="Count">The count, 0 or more.</param>
/// <param name="Qualifier">
/// Exact, or about / more than the count ("今日头条 约10篇"). Last and optional, so that sessions stored
/// before it existed still read (as Exact).
/// </param>
public sealed record NamedCount(string Name, long Count, CountQualifier Qualifier = CountQualifier.Exact);
