using Microsoft.Data.Sqlite;
using ReportBot.Core.Conversations;
using ReportBot.Core.Interview;

namespace ReportBot.Storage.Sqlite.Tests;

/// <summary>Files private to the owner; a locked database waited out; an unusable one named in one line.</summary>
public sealed class StorageFaultTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task The_database_its_wal_files_and_its_folder_are_private_to_the_owner()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix file modes only.
        }

        var store = new SqliteConversationStore(_database.Open(), TimeProvider.System);
        Assert.True(await store.TrySaveAsync("tg:1", new ConversationState(), CancellationToken.None));
        // Another connection reading keeps the WAL and shared-memory files in place while they are checked (SQLite
        // deletes them when the last connection closes, and other tests clear the shared connection pool).
        using var reader = new SqliteConnection($"Data Source={_database.Path}");
        reader.Open();
        using var read = reader.CreateCommand();
        read.CommandText = "BEGIN; SELECT count(*) FROM sessions;";
        read.ExecuteScalar();

        const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        Assert.Equal(OwnerOnly | UnixFileMode.UserExecute, File.GetUnixFileMode(_database.Folder));
        foreach (var file in new[] { _database.Path, _database.Path + "-wal", _database.Path + "-shm" })
        {
            Assert.True(File.Exists(file), file);
            Assert.Equal(OwnerOnly, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public async Task A_database_created_world_readable_before_is_narrowed_at_open()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix file modes only.
        }

        _database.Open();
        SqliteConnection.ClearAllPools();
        File.SetUnixFileMode(_database.Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var store = new SqliteConversationStore(_database.Open(), TimeProvider.System);
        Assert.True(await store.TrySaveAsync("tg:1", new ConversationState(), CancellationToken.None));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_database.Path));
    }

    [Fact]
    public async Task A_write_lock_held_by_another_connection_is_waited_out_not_failed()
    {
        var store = new SqliteConversationStore(_database.Open(busyTimeoutMilliseconds: 50), TimeProvider.System);
        using var holder = new SqliteConnection($"Data Source={_database.Path}");
        holder.Open();
        using (var begin = holder.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE;";
            begin.ExecuteNonQuery();
        }

        // Microsoft.Data.Sqlite runs "async" commands synchronously: the waiting save gets a thread of its own.
        var save = Task.Run(() => store.TrySaveAsync("tg:1", new ConversationState { Step = 3 }, CancellationToken.None));
        await Task.Delay(2500);
        Assert.False(save.IsCompleted);
        using (var commit = holder.CreateCommand())
        {
            commit.CommandText = "COMMIT;";
            commit.ExecuteNonQuery();
        }

        Assert.True(await save);
        Assert.Equal(3, (await store.LoadAsync("tg:1", CancellationToken.None))!.Step);
    }

    [Fact]
    public void A_corrupted_database_is_a_storage_error_naming_the_file()
    {
        Directory.CreateDirectory(_database.Folder);
        File.WriteAllBytes(_database.Path, [.. Enumerable.Repeat((byte)0x5A, 8192)]);
        var error = Assert.Throws<StorageException>(() => _database.Open());
        Assert.Contains(_database.Path, error.Message, StringComparison.Ordinal);
        Assert.Contains("not a database", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Damaged_pages_found_while_running_are_a_storage_error_naming_the_file()
    {
        var store = new SqliteConversationStore(_database.Open(), TimeProvider.System);
        for (var i = 0; i < 50; i++)
        {
            Assert.True(await store.TrySaveAsync($"tg:{i}", new ConversationState(), CancellationToken.None));
        }

        using (var checkpoint = new SqliteConnection($"Data Source={_database.Path}"))
        {
            checkpoint.Open();
            using var command = checkpoint.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            command.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
        using (var file = new FileStream(_database.Path, FileMode.Open, FileAccess.Write))
        {
            // Page 2 onwards (the tables' b-tree pages): garbage, as after a torn write or a bad disk.
            file.Position = 4096;
            file.Write([.. Enumerable.Repeat((byte)0xFF, (int)Math.Min(8192, file.Length - 4096))]);
        }

        var error = await Assert.ThrowsAsync<StorageException>(() => store.LoadAsync("tg:7", CancellationToken.None));
        Assert.Contains(_database.Path, error.Message, StringComparison.Ordinal);
        Assert.Contains("malformed", error.Message, StringComparison.Ordinal);
    }
}
