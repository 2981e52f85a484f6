using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReportBot.Cli.Hosting;
using ReportBot.Telegram.Fatal;

namespace ReportBot.Cli.Commands;

/// <summary>
/// <c>reportbot serve</c>: the Telegram bot (long polling, or a webhook endpoint) until Ctrl+C or SIGTERM. Exit codes (<see cref="ExitCodes"/>):
/// 0 stopped on request, 1 a setting, 2 the database, 3 the token was refused, 70 an internal error — each non-zero
/// stop with one log line naming the cause.
/// </summary>
public static class ServeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command("serve", "运行 Telegram 机器人（默认长轮询，Telegram:Mode=Webhook 时用 webhook；令牌来自环境变量 Telegram__BotToken 或 user-secrets）");
        command.SetAction(async (_, cancellationToken) =>
        {
            using var host = ServeHost.CreateBuilder([]).Build();
            if (ServeHost.Problem(host) is { } problem)
            {
                await Console.Error.WriteLineAsync(problem);
                return ExitCodes.Settings;
            }

            if (ServeHost.Prepare(host) is { } exitCode)
            {
                return exitCode;
            }

            var fatal = host.Services.GetRequiredService<FatalStop>();
            try
            {
                await host.RunAsync(cancellationToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                fatal.Stop(error, "serve");
            }

            // A stage that failed outside its guard still must not look like a clean stop to a supervisor.
            if (fatal.ExitCode == ExitCodes.Stopped
                && host.Services.GetServices<IHostedService>().OfType<BackgroundService>().FirstOrDefault(s => s.ExecuteTask is { IsFaulted: true }) is { } failed)
            {
                fatal.Stop(failed.ExecuteTask!.Exception!.GetBaseException(), failed.GetType().Name);
            }

            return fatal.ExitCode;
        });
        return command;
    }
}
