using System.Globalization;

namespace ReportBot.FakeBotApi.Cli;

/// <summary>Command line: --port N --chat ID [--script FILE] [--delay-ms N].</summary>
internal sealed record CliOptions(int Port, long ChatId, string? ScriptPath, int DelayMs, int AnswerTimeoutSeconds = 60)
{
    public const string Usage = "usage: ReportBot.FakeBotApi [--port 8081] [--chat 1001] [--script conv.txt] [--delay-ms 300]";

    public static CliOptions Parse(string[] args)
    {
        var options = new CliOptions(8081, 1001, null, 300);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is not ("--port" or "--chat" or "--script" or "--delay-ms"))
            {
                throw new ArgumentException($"Unknown option {args[i]}.\n{Usage}");
            }

            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.\n{Usage}");
            options = args[i] switch
            {
                "--port" => options with { Port = int.Parse(value, CultureInfo.InvariantCulture) },
                "--chat" => options with { ChatId = long.Parse(value, CultureInfo.InvariantCulture) },
                "--script" => options with { ScriptPath = value },
                "--delay-ms" => options with { DelayMs = int.Parse(value, CultureInfo.InvariantCulture) },
                _ => options,
            };
            i++;
        }

        return options;
    }
}
