using ReportBot.FakeBotApi;

namespace ReportBot.Telegram.Tests.Faults;

/// <summary>The outcome of a sample interview: each step with its replies, every bot message, and the stored answers.</summary>
public sealed record InterviewRecord(IReadOnlyList<StepRecord> Steps, IReadOnlyList<SentMessage> Messages, string AnswersJson)
{
    /// <summary>The messages answering the final step (生成草稿): the draft parts and the Word file.</summary>
    public IReadOnlyList<SentMessage> DraftReplies => Steps[^1].Replies;
}
