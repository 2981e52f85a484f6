using Microsoft.Data.Sqlite;

namespace ReportBot.Storage.Sqlite;

/// <summary>
/// What one unit of work sees inside a group commit: prepared commands on the writer's connection and transaction,
/// a way to undo only its own changes (<see cref="Discard"/>: a version conflict, an update applied before), and
/// actions to run once the transaction is durable (cache updates, handing new work to the pipeline).
/// </summary>
internal sealed class WriteScope(Func<string, SqliteCommand> prepared)
{
    private readonly List<Action> _afterCommit = [];

    /// <summary>True when the unit asked for its changes to be rolled back (the others in the batch still commit).</summary>
    public bool Discarded { get; private set; }

    /// <summary>A prepared command for <paramref name="sql"/>, its parameters cleared; reused across batches.</summary>
    public SqliteCommand Command(string sql) => prepared(sql);

    /// <summary>Rolls back this unit's changes at its savepoint.</summary>
    public void Discard() => Discarded = true;

    /// <summary>Runs <paramref name="action"/> after the commit succeeded (never when it did not).</summary>
    public void AfterCommit(Action action) => _afterCommit.Add(action);

    /// <summary>Forgets what an earlier attempt of the same unit asked for (a batch is re-run after a lock wait).</summary>
    public void Reset()
    {
        Discarded = false;
        _afterCommit.Clear();
    }

    public void RunAfterCommit()
    {
        foreach (var action in _afterCommit)
        {
            action();
        }
    }
}
