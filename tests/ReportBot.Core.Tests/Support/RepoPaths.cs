namespace ReportBot.Core.Tests.Support;

/// <summary>Locates the repository (the folder holding ReportBot.sln) from the test's output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Prompts => Path.Combine(Root, "prompts");

    public static string Prompt(string id) => Path.Combine(Prompts, id + ".md");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReportBot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ReportBot.sln not found above " + AppContext.BaseDirectory);
    }
}
