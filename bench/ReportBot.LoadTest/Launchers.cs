using System.Diagnostics;

namespace ReportBot.LoadTest;

/// <summary>How the bots under test are started: the real <c>reportbot serve</c>, and the echo bot in this program.</summary>
internal static class Launchers
{
    /// <summary>
    /// <c>reportbot serve</c> from its own build output (its own runtimeconfig), with durable state in
    /// <paramref name="database"/>. Per-user limits are lifted: simulated users answer far faster than people.
    /// </summary>
    public static BotUnderTest ReportBot(LoadOptions options, Uri api, string token, string database, Shared? shared = null)
    {
        var instance = 0;
        var bot = BotUnderTest.Start(
            () =>
            {
                var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(database)! };
                start.ArgumentList.Add(options.BotDll);
                start.ArgumentList.Add("serve");
                start.Environment["DOTNET_NOLOGO"] = "1";
                start.Environment["Telegram__BotToken"] = token;
                start.Environment["Telegram__ApiBaseUrl"] = api.ToString();
                start.Environment["Storage__Path"] = database;
                start.Environment["Limits__MessagesPerWindow"] = "1000000";
                start.Environment["Limits__DraftsPerHour"] = "1000000";
                if (shared is not null)
                {
                    start.Environment["Storage__Provider"] = "Postgres";
                    start.Environment["Storage__ConnectionString"] = shared.ConnectionString;
                    start.Environment["Telegram__Mode"] = "Webhook";
                    start.Environment["Telegram__WebhookUrl"] = shared.WebhookUrl.ToString();
                    start.Environment["Telegram__WebhookSecret"] = Shared.Secret;
                    start.Environment["Urls"] = shared.Instances[instance++].ToString().TrimEnd('/');
                }

                foreach (var (name, value) in options.BotEnvironment)
                {
                    start.Environment[name] = value;
                }

                return start;
            },
            options.Instances,
            shared is null ? BotUnderTest.ReadyMarker : BotUnderTest.WebhookReadyMarker);
        return bot;
    }

    /// <summary>Several instances on one PostgreSQL database, reached by webhook through a proxy.</summary>
    public sealed record Shared(string ConnectionString, Uri WebhookUrl, IReadOnlyList<Uri> Instances)
    {
        public const string Secret = "load_Test-secret";
    }

    /// <summary>This program again, as <c>echo-bot URL TOKEN</c>: the Telegram.Bot echo bot with parallel handling.</summary>
    public static BotUnderTest Echo(Uri api, string token) =>
        BotUnderTest.Start(
            () =>
            {
                var start = new ProcessStartInfo("dotnet");
                start.ArgumentList.Add(typeof(Launchers).Assembly.Location);
                start.ArgumentList.Add(EchoBot.Command);
                start.ArgumentList.Add(api.ToString());
                start.ArgumentList.Add(token);
                start.Environment["DOTNET_NOLOGO"] = "1";
                return start;
            },
            1,
            EchoBot.ReadyMarker);
}
