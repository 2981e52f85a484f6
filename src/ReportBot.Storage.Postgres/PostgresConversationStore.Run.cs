using Npgsql;
using ReportBot.Core.Conversations;

namespace ReportBot.Storage.Postgres;

/// <summary>
/// The one way this store reaches the server: a unit of work on a pooled connection, retried whole with backoff when
/// the server cannot be reached for a moment or rolled the transaction back (serialization failure, deadlock); every
/// other database error becomes a <see cref="StorageException"/> naming the server and database.
/// </summary>
public sealed partial class PostgresConversationStore
{
    /// <summary>
    /// Runs <paramref name="work"/> in a transaction and commits, unless <paramref name="commitIf"/> says of its result
    /// that it must not (a conflict, an update applied before: then it is rolled back); <paramref name="afterCommit"/>
    /// runs once the commit returned (rows it announces are then visible to every process).
    /// </summary>
    private Task<T> InTransactionAsync<T>(
        Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> work, CancellationToken cancellationToken, Action<T>? afterCommit = null, Func<T, bool>? commitIf = null) =>
        RetryAsync(
            async () =>
            {
                await using var connection = await _database.OpenAsync(cancellationToken);
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                var result = await work(connection, transaction);
                if (commitIf is not null && !commitIf(result))
                {
                    await transaction.RollbackAsync(cancellationToken);
                    return result;
                }

                await transaction.CommitAsync(cancellationToken);
                afterCommit?.Invoke(result);
                return result;
            },
            cancellationToken);

    private Task<List<T>> QueryAsync<T>(string sql, Func<NpgsqlDataReader, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        RetryAsync(
            async () =>
            {
                await using var connection = await _database.OpenAsync(cancellationToken);
                return await ReadAsync(connection, null, sql, map, cancellationToken, parameters);
            },
            cancellationToken);

    private async Task<T> RetryAsync<T>(Func<Task<T>> attempt, CancellationToken cancellationToken)
    {
        for (var number = 1; ; number++)
        {
            try
            {
                var result = await attempt();
                if (number > 1)
                {
                    Log.Recovered(_logger, _database.Name, number);
                }

                return result;
            }
            catch (Exception error) when (PostgresFaults.IsTransient(error) && number < Attempts && !cancellationToken.IsCancellationRequested)
            {
                var delay = TimeSpan.FromMilliseconds(Math.Min(2000, 25 * Math.Pow(2, Math.Min(number, 10))));
                if (number == 1)
                {
                    Log.Retrying(_logger, _database.Name, PostgresFaults.Describe(error), delay);
                }

                await Task.Delay(delay, cancellationToken);
            }
            catch (Exception error) when (PostgresFaults.IsDatabaseError(error) && !(error is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                throw new StorageException($"The database {_database.Name} failed: {PostgresFaults.Describe(error)}", error);
            }
        }
    }
}
