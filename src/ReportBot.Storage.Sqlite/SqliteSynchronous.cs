namespace ReportBot.Storage.Sqlite;

/// <summary>
/// <c>PRAGMA synchronous</c> in WAL mode (setting <c>Storage:Synchronous</c>): what a committed turn survives.
/// </summary>
public enum SqliteSynchronous
{
    /// <summary>
    /// Commits are written to the WAL file without waiting for the disk: they survive the process being killed
    /// (SIGKILL, a crash, an out-of-memory kill), not a power cut or a kernel crash, which may lose the last commits
    /// (the database stays consistent). The default.
    /// </summary>
    Normal,

    /// <summary>
    /// Every commit waits for the WAL file to reach the disk (fsync): commits also survive a power cut. Costs one
    /// fsync per commit; group commit shares it among all the chats whose turns arrived together.
    /// </summary>
    Full,
}
