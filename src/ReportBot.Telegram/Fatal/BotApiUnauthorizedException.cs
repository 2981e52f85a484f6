namespace ReportBot.Telegram.Fatal;

/// <summary>The Bot API answered 401 (or 404 to getMe): the token was revoked or is wrong. Retrying cannot help.</summary>
public sealed class BotApiUnauthorizedException : Exception
{
    /// <summary>Without details.</summary>
    public BotApiUnauthorizedException()
    {
    }

    /// <summary>With a description (never the token).</summary>
    public BotApiUnauthorizedException(string message)
        : base(message)
    {
    }

    /// <summary>With a description and the client's exception.</summary>
    public BotApiUnauthorizedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
