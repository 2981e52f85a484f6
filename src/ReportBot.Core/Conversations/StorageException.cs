namespace ReportBot.Core.Conversations;

/// <summary>
/// The store could not do its work: the database is unreadable, corrupted, read-only, full, or stayed locked for
/// longer than the store waits. Transports treat it as fatal (it is not the user's message that is at fault, so
/// retrying the turn or dead-lettering the update would be wrong). The message names the file and the cause.
/// </summary>
public sealed class StorageException : Exception
{
    /// <summary>A storage fault without a cause.</summary>
    public StorageException()
    {
    }

    /// <summary>A storage fault described by <paramref name="message"/>.</summary>
    public StorageException(string message)
        : base(message)
    {
    }

    /// <summary>A storage fault described by <paramref name="message"/>, caused by <paramref name="innerException"/>.</summary>
    public StorageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
