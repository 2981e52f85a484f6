namespace ReportBot.Core.Answers;
public sealed record NamedCount(string Name, long Count);
