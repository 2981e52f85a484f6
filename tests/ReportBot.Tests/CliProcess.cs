using System.Diagnostics;
using System.Text;

namespace ReportBot.Tests;

/// <summary>Runs the real <c>reportbot</c> binary as a child process with piped stdin, in a temporary folder.</summary>
public sealed class CliProcess : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("reportbot-cli-");

    public string Folder => _directory.FullName;

    public string DatabasePath => Path.Combine(Folder, "state", "reportbot.db");

    public string OutputFolder => Path.Combine(Folder, "out");

    public static string[] Script(string name) => File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Scripts", name));

    public sealed record Result(int ExitCode, string Output, string Error);

    /// <summary>Runs <c>reportbot ARGS</c> with the given stdin lines and waits (bounded) for it to exit.</summary>
    public Task<Result> RunAsync(IEnumerable<string> stdin, params string[] args) => RunAsync(stdin, new Dictionary<string, string>(), args);

    /// <summary>Runs <c>reportbot ARGS</c> in another working folder.</summary>
    public static Task<Result> RunInAsync(IEnumerable<string> stdin, string workingFolder, params string[] args) =>
        RunAsync(stdin, new Dictionary<string, string>(), workingFolder, args);

    /// <summary>Runs <c>reportbot ARGS</c> with extra environment variables.</summary>
    public Task<Result> RunAsync(IEnumerable<string> stdin, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        RunAsync(stdin, environment, Folder, args);

    private static async Task<Result> RunAsync(IEnumerable<string> stdin, IReadOnlyDictionary<string, string> environment, string workingFolder, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "reportbot.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.NewLine = "\n";
        foreach (var line in stdin)
        {
            await process.StandardInput.WriteLineAsync(line);
        }

        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }

    public Task<Result> ChatAsync(IEnumerable<string> stdin, params string[] extra) =>
        RunAsync(stdin, ["chat", "--db", DatabasePath, "--out", OutputFolder, .. extra]);

    public void Dispose() => _directory.Delete(recursive: true);
}
