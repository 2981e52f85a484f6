namespace ReportBot.Core.Interview;

/// <summary>One thing the user did, as every transport reports it.</summary>
public abstract record UserInput;

/// <summary>A text message (answers, commands such as /back, or their Chinese words such as 上一步).</summary>
public sealed record TextInput(string Text) : UserInput
{
    /// <summary>For a forwarded message: when it was first sent (a work-log entry is dated by it).</summary>
    public DateTimeOffset? ForwardedFrom { get; init; }

    /// <summary>True for a message forwarded from elsewhere: never an answer, always a work-log entry.</summary>
    public bool Forwarded => ForwardedFrom is not null;
}

/// <summary>A button press; <paramref name="Data"/> is the <see cref="ReplyChoice.Data"/> of the button.</summary>
public sealed record ChoiceInput(string Data) : UserInput;

/// <summary>Something the bot cannot read (sticker, photo, file, voice, an edited message); nothing changes.</summary>
public sealed record UnsupportedInput(string What) : UserInput;

/// <summary>The user edited a message sent earlier. Answers already recorded do not change.</summary>
public sealed record EditedMessageInput : UserInput;
