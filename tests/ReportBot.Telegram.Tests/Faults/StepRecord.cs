using ReportBot.FakeBotApi;

namespace ReportBot.Telegram.Tests.Faults;

/// <summary>One thing the user did (a text, or a button pressed by its label) and the bot messages it got.</summary>
public sealed record StepRecord(string Input, bool IsButton, IReadOnlyList<SentMessage> Replies)
{
    /// <summary>The reply that shows the bot has finished answering this step (its last message).</summary>
    public SentMessage LastReply => Replies.Count > 0 ? Replies[^1] : throw new InvalidOperationException($"Step '{Input}' got no reply.");

    public override string ToString() => (IsButton ? "[" + Input + "]" : Input) + $" → {Replies.Count} message(s)";
}
