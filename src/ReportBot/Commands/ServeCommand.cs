using System.CommandLine;
using Microsoft.Extensions.Hosting;
using ReportBot.Cli.Hosting;

namespace ReportBot.Cli.Commands;

/// <summary><c>reportbot serve</c>: the Telegram bot (long polling) until Ctrl+C or SIGTERM.</summary>
public static class ServeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command("serve", "运行 Telegram 机器人（长轮询；令牌来自环境变量 Telegram__BotToken 或 user-secrets）");
        command.SetAction(async (_, cancellationToken) =>
        {
            using var host = ServeHost.CreateBuilder([]).Build();
            if (ServeHost.Problem(host) is { } problem)
            {
                await Console.Error.WriteLineAsync(problem);
                return 1;
            }

            await host.RunAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
