using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using ReportBot.Core.Conversations;

namespace ReportBot.Storage.Sqlite;

/// <summary>
/// The store's one writer: a long-lived connection with prepared commands. Units of work that arrive together (the
/// turns of many chats, their delivery marks) are committed in one transaction — group commit — each that needs it
/// inside a savepoint, so one unit's conflict rolls back only that unit. Whoever finds the writer free commits the
/// waiting units on its own thread (no hand-over to another thread for a lone turn); the others wait for that commit.
/// A caller's task completes only after the commit returned, so what it wrote is as durable as
/// <c>PRAGMA synchronous</c> makes a commit. A lock held by another process is waited out with backoff (the whole batch
/// is retried); any other fault fails the units with a <see cref="StorageException"/> naming the file.
/// </summary>
internal sealed class SqliteWriter : IDisposable
{
    /// <summary>Enough to amortise a commit over many chats, small enough that no unit waits long behind the others.</summary>
    private const int MaxBatch = 256;

    private readonly ConcurrentQueue<IUnit> _queue = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private readonly SqliteDatabase _database;
    private readonly ILogger _logger;
    private readonly Func<int> _lockAttempts;
    private SqliteConnection? _connection;
    private SqliteTransaction? _transaction;

    public SqliteWriter(SqliteDatabase database, ILogger logger, Func<int> lockAttempts)
    {
        _database = database;
        _logger = logger;
        _lockAttempts = lockAttempts;
    }

    private interface IUnit
    {
        WriteScope Scope { get; }

        bool Savepoint { get; }

        bool Done { get; }

        void Run();

        void Fail(Exception error);

        void Complete();
    }

    /// <summary>
    /// Runs <paramref name="work"/> in the next group commit; completes after the commit. A unit that writes more than
    /// one statement, or may <see cref="WriteScope.Discard"/>, asks for a <paramref name="savepoint"/>.
    /// </summary>
    public async Task<T> RunAsync<T>(Func<WriteScope, T> work, bool savepoint = false)
    {
        var unit = new Unit<T>(work, new WriteScope(Prepared), savepoint);
        _queue.Enqueue(unit);
        await CombineAsync(unit);
        return await unit.Task;
    }

    /// <summary>Closes the connection once the units in hand are committed.</summary>
    public void Dispose()
    {
        _gate.Wait();
        try
        {
            Close();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Commits waiting units while the writer is free and <paramref name="mine"/> is not done. Units left waiting after
    /// that get a combiner of their own, so none is stranded; a unit that finds the writer busy is picked up by the
    /// current combiner, which looks at the queue again after it let go of the writer.
    /// </summary>
    private async Task CombineAsync(IUnit? mine)
    {
        while (!_queue.IsEmpty && await _gate.WaitAsync(0))
        {
            try
            {
                var batch = new List<IUnit>();
                while ((mine is null || !mine.Done) && Take(batch))
                {
                    await CommitAsync(batch);
                }
            }
            finally
            {
                _gate.Release();
            }

            if (mine is not null && mine.Done)
            {
                if (!_queue.IsEmpty)
                {
                    _ = Task.Run(() => CombineAsync(null));
                }

                return;
            }
        }
    }

    private bool Take(List<IUnit> batch)
    {
        batch.Clear();
        while (batch.Count < MaxBatch && _queue.TryDequeue(out var unit))
        {
            batch.Add(unit);
        }

        return batch.Count > 0;
    }

    private async Task CommitAsync(List<IUnit> batch)
    {
        for (var attempt = 1; ; attempt++)
        {
            var failed = new HashSet<IUnit>();
            try
            {
                Begin();
                foreach (var unit in batch)
                {
                    RunInSavepoint(unit, failed);
                }

                _transaction!.Commit();
                _transaction = null;
                if (attempt > 1)
                {
                    Log.LockCleared(_logger, attempt);
                }

                foreach (var unit in batch.Where(u => !failed.Contains(u)))
                {
                    unit.Scope.RunAfterCommit();
                    unit.Complete();
                }

                return;
            }
            catch (RetryWithout)
            {
                // Not a lock wait: the attempt does not count. Units already failed (this one among them) stay out.
                Rollback();
                attempt--;
                batch.RemoveAll(u => u.Done);
                if (batch.Count == 0)
                {
                    return;
                }
            }
            catch (Exception error) when (SqliteFaults.IsTransient(error) && attempt < _lockAttempts())
            {
                Rollback();
                batch.RemoveAll(u => u.Done);
                var delay = TimeSpan.FromMilliseconds(Math.Min(2000, 50 * Math.Pow(2, Math.Min(attempt, 10))));
                if (attempt == 1)
                {
                    Log.Locked(_logger, _database.Path, delay);
                }

                await Task.Delay(delay);
            }
            catch (Exception error) when (error is SqliteException or IOException or UnauthorizedAccessException)
            {
                Rollback();
                Close();
                var fault = Fault(error);
                foreach (var unit in batch.Where(u => !failed.Contains(u)))
                {
                    unit.Fail(fault);
                }

                return;
            }
        }
    }

    /// <summary>
    /// One unit between SAVEPOINT and RELEASE: its own failure (a bug, a constraint) fails and rolls back only it. A lock
    /// goes to the batch (retried whole); a fault of the file shows again at the rollback or the commit and fails the batch.
    /// </summary>
    private void RunInSavepoint(IUnit unit, HashSet<IUnit> failed)
    {
        unit.Scope.Reset();
        if (unit.Savepoint)
        {
            Execute("SAVEPOINT unit;");
        }

        try
        {
            unit.Run();
        }
        catch (Exception error) when (!SqliteFaults.IsTransient(error))
        {
            unit.Scope.Discard();
            failed.Add(unit);
            unit.Fail(error is SqliteException or IOException or UnauthorizedAccessException ? Fault(error) : error);
            if (!unit.Savepoint)
            {
                // Nothing to roll back to: the batch is rolled back and committed again without this unit.
                throw new RetryWithout(unit);
            }
        }

        if (unit.Savepoint)
        {
            if (unit.Scope.Discarded)
            {
                Execute("ROLLBACK TO unit;");
            }

            Execute("RELEASE unit;");
        }
    }

    private StorageException Fault(Exception error) =>
        new($"The database {_database.Path} failed: {SqliteFaults.Describe(error)}", error);

    private void Begin()
    {
        if (_connection is null)
        {
            _connection = _database.OpenWriter();
            _commands.Clear();
        }

        _transaction = _connection.BeginTransaction(deferred: false);
    }

    private SqliteCommand Prepared(string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection!.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }

        command.Transaction = _transaction;
        command.Parameters.Clear();
        return command;
    }

    private void Execute(string sql) => Prepared(sql).ExecuteNonQuery();

    private void Rollback()
    {
        try
        {
            _transaction?.Rollback();
        }
        catch (Exception error) when (error is SqliteException or InvalidOperationException)
        {
            // SQLite may have rolled back already (a full disk, an I/O error): nothing is left to undo.
        }

        _transaction?.Dispose();
        _transaction = null;
    }

    private void Close()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
        _connection?.Dispose();
        _connection = null;
    }

    /// <summary>A unit without a savepoint failed on its own: roll the batch back and commit the others again.</summary>
    private sealed class RetryWithout(IUnit unit) : Exception
    {
        public IUnit Unit => unit;
    }

    private sealed class Unit<T>(Func<WriteScope, T> work, WriteScope scope, bool savepoint) : IUnit
    {
        private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T _result = default!;

        public WriteScope Scope => scope;

        public bool Savepoint => savepoint;

        public bool Done => _done.Task.IsCompleted;

        public Task<T> Task => _done.Task;

        public void Run() => _result = work(scope);

        public void Fail(Exception error) => _done.TrySetException(error);

        public void Complete() => _done.TrySetResult(_result);
    }
}
