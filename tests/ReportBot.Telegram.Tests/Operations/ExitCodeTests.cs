using System.Diagnostics;
using ReportBot.FakeBotApi;
using ReportBot.Telegram.Fatal;
using ReportBot.Telegram.Tests.Faults;

namespace ReportBot.Telegram.Tests.Operations;

/// <summary>
/// The real <c>reportbot serve</c> as a child process: what it cannot recover from ends it with a non-zero exit code
/// and one log line naming the file or setting (no stack trace, never the token).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ExitCodeTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("reportbot-exit-");
    private FakeBotApiServer _server = null!;

    private string DataFolder => Path.Combine(_folder.FullName, "data");

    private string DatabasePath => Path.Combine(DataFolder, "bot.db");

    public async Task InitializeAsync() => _server = await FakeBotApiServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Unfreeze(DataFolder);
        _folder.Delete(recursive: true);
    }

    private static void AssertOneCleanFatalLine(BotProcess bot, string expected)
    {
        var fatal = bot.Lines.Where(l => l.Contains("Stopping with exit code", StringComparison.Ordinal)).ToList();
        Assert.True(fatal.Count == 1, bot.Tail);
        Assert.Contains(expected, fatal[0], StringComparison.Ordinal);
        Assert.DoesNotContain(bot.Lines, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Lines, l => l.Contains(FakeBotApiServer.DefaultToken, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Serve_exits_non_zero_when_the_data_folder_is_read_only()
    {
        Directory.CreateDirectory(DataFolder);
        Freeze(DataFolder);
        using var bot = BotProcess.Start(_server, DatabasePath, crashPoint: null);
        Assert.Equal(ExitCodes.Storage, await bot.WaitForExitAsync(Patience));
        AssertOneCleanFatalLine(bot, DatabasePath);
    }

    [Fact]
    public async Task Serve_exits_non_zero_when_the_database_is_corrupted()
    {
        Directory.CreateDirectory(DataFolder);
        await File.WriteAllBytesAsync(DatabasePath, [.. Enumerable.Repeat((byte)0x42, 16384)]);
        using var bot = BotProcess.Start(_server, DatabasePath, crashPoint: null);
        Assert.Equal(ExitCodes.Storage, await bot.WaitForExitAsync(Patience));
        AssertOneCleanFatalLine(bot, DatabasePath);
    }

    [Fact]
    public async Task Revoked_token_stops_the_bot_with_a_non_zero_exit_code()
    {
        Directory.CreateDirectory(DataFolder);
        using var bot = BotProcess.Start(_server, DatabasePath, crashPoint: null);
        _server.SendText(1001, "/start");
        await _server.WaitForMessagesAsync(1001, 1, Patience);
        _server.RevokeToken();
        Assert.Equal(ExitCodes.Unauthorized, await bot.WaitForExitAsync(Patience));
        AssertOneCleanFatalLine(bot, "refused the token");
    }

    /// <summary>
    /// A folder no one may write to. Tests run as root here, for whom permission bits mean nothing, so root gets
    /// the immutable attribute instead (chattr +i), which binds root too.
    /// </summary>
    private static void Freeze(string folder)
    {
        if (!Environment.IsPrivilegedProcess)
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            return;
        }

        Run("chattr", "+i", folder);
    }

    private static void Unfreeze(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        if (Environment.IsPrivilegedProcess)
        {
            Run("chattr", "-i", folder);
        }
        else
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static void Run(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true })!;
        process.WaitForExit(10_000);
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} failed: {process.StandardError.ReadToEnd()}");
    }
}
