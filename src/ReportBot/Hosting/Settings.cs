using Microsoft.Extensions.Configuration;

namespace ReportBot.Cli.Hosting;

/// <summary>Settings for the non-hosted commands: appsettings.json, then user-secrets, then environment variables.</summary>
public static class Settings
{
    /// <summary>Reads the configuration from the content root.</summary>
    public static IConfiguration Load() =>
        new ConfigurationBuilder()
            .SetBasePath(AppPaths.ContentRoot)
            .AddJsonFile("appsettings.json", optional: true)
            .AddUserSecrets(typeof(Settings).Assembly, optional: true)
            .AddEnvironmentVariables()
            .Build();

    /// <summary>A path setting, absolute.</summary>
    public static string PathOf(this IConfiguration configuration, string key, string fallback) =>
        AppPaths.Resolve(configuration[key] is { Length: > 0 } value ? value : fallback);
}
