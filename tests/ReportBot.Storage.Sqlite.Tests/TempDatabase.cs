namespace ReportBot.Storage.Sqlite.Tests;

/// <summary>A real SQLite file in a temporary folder, deleted afterwards.</summary>
public sealed class TempDatabase : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("reportbot-db-");

    public string Path => System.IO.Path.Combine(_directory.FullName, "data", "reportbot.db");

    public SqliteDatabase Open() => new(Path);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }
}
