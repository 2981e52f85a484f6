using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportBot.Core.Conversations;

namespace ReportBot.Telegram.Fatal;

/// <summary>
/// Ends the bot when it cannot go on: one log line naming the cause (file or setting, never the token), the exit
/// code for <c>serve</c> to return, and a host stop. The first fatal cause wins; later ones are consequences.
/// </summary>
public sealed class FatalStop(IHostApplicationLifetime lifetime, IOptions<TelegramOptions> options, ILogger<FatalStop> logger)
{
    private int _exitCode;

    /// <summary>The exit code <c>serve</c> returns: 0 unless something fatal happened.</summary>
    public int ExitCode => Volatile.Read(ref _exitCode);

    /// <summary>Stops the bot because of <paramref name="error"/>, classified into an exit code.</summary>
    public void Stop(Exception error, string stage) => Stop(CodeFor(error), $"{stage}: {Describe(error)}");

    /// <summary>Stops the bot with <paramref name="exitCode"/>; <paramref name="cause"/> is the one line logged.</summary>
    public void Stop(int exitCode, string cause)
    {
        if (Interlocked.CompareExchange(ref _exitCode, exitCode, 0) != 0)
        {
            return;
        }

        Log.Fatal(logger, exitCode, options.Value.Redact(cause));
        lifetime.StopApplication();
    }

    /// <summary>The exit code for an error that ended a stage.</summary>
    public static int CodeFor(Exception error) => error switch
    {
        StorageException => ExitCodes.Storage,
        BotApiUnauthorizedException => ExitCodes.Unauthorized,
        _ => ExitCodes.Internal,
    };

    /// <summary>The error in one line: its message, and for unexpected errors its type and where it was thrown.</summary>
    public static string Describe(Exception error) => error switch
    {
        StorageException or BotApiUnauthorizedException => error.Message,
        _ => $"{error.GetType().Name}: {error.Message} (at {Site(error)})",
    };

    /// <summary>The first of the bot's own methods on the stack (else the method that threw), for a one-line log.</summary>
    public static string Site(Exception error)
    {
        var own = new System.Diagnostics.StackTrace(error).GetFrames()
            .Select(f => f.GetMethod())
            .FirstOrDefault(m => m?.DeclaringType?.Namespace?.StartsWith("ReportBot", StringComparison.Ordinal) == true);
        var site = own ?? error.TargetSite;
        return site is null ? "unknown" : $"{site.DeclaringType?.Name}.{site.Name}";
    }
}
