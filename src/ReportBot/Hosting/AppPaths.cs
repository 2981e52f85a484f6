namespace ReportBot.Cli.Hosting;

/// <summary>
/// Where settings and relative paths are read from: the current folder when it holds appsettings.json (running
/// from the repository), otherwise the folder of the binary (which ships a copy of appsettings.json and prompts).
/// </summary>
public static class AppPaths
{
    /// <summary>The content root.</summary>
    public static string ContentRoot { get; } =
        File.Exists(Path.Combine(Environment.CurrentDirectory, "appsettings.json")) ? Environment.CurrentDirectory : AppContext.BaseDirectory;

    /// <summary>A configured path made absolute against the content root.</summary>
    public static string Resolve(string path) => Path.GetFullPath(path, ContentRoot);
}
