using ReportBot.Core.Drafting;

namespace ReportBot.Core.Interview;

/// <summary>Something the bot says back, independent of the transport.</summary>
public abstract record Reply;

/// <summary>
/// A message. <paramref name="Context"/> is a short header (where the user is, e.g. "（二）… · 第5/29题");
/// <paramref name="Choices"/> become buttons (Telegram) or a numbered list (terminal).
/// </summary>
public sealed record TextReply(string Text, IReadOnlyList<ReplyChoice> Choices, string? Context = null) : Reply
{
    /// <summary>A message without buttons.</summary>
    public TextReply(string text)
        : this(text, [])
    {
    }

    /// <summary>True when a typed number picks a choice (menus); false when numbers are answers (counts).</summary>
    public bool Numbered { get; init; }
}

/// <summary>A draft to deliver: as formatted messages and as a document.</summary>
/// <param name="Draft">The draft model.</param>
/// <param name="Complete">False for a draft of an interview still in progress.</param>
public sealed record DraftReply(Draft Draft, bool Complete) : Reply;

/// <summary>A button: its label, and the data sent back when it is pressed (at most 64 bytes).</summary>
public sealed record ReplyChoice(string Label, string Data);
