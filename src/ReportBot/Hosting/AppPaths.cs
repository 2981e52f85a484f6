namespace ReportBot.Cli.Hosting;

/// <summary>
/// Where settings and relative paths are read from: the nearest folder at or above the current one that holds
/// appsettings.json (the repository root, from any of its folders), otherwise the folder of the binary (which
/// ships a copy of appsettings.json and prompts). So `chat` opens the same database from every folder of the
/// repository.
/// </summary>
public static class AppPaths
{
    /// <summary>The content root.</summary>
    public static string ContentRoot { get; } = FindRoot(Environment.CurrentDirectory) ?? AppContext.BaseDirectory;

    private static string? FindRoot(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "appsettings.json")))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    /// <summary>A configured path made absolute against the content root.</summary>
    public static string Resolve(string path) => Path.GetFullPath(path, ContentRoot);
}
