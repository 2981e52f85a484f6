using Microsoft.Extensions.Hosting;

namespace ReportBot.Telegram.Fatal;

/// <summary>
/// A background stage whose failure is never silent and never ends in exit code 0: anything that escapes
/// <see cref="RunAsync"/> (other than the stop itself) stops the bot through <see cref="FatalStop"/>.
/// </summary>
public abstract class GuardedService(FatalStop fatal) : BackgroundService
{
    /// <summary>The fatal-stop switch, for stages that handle errors of their own workers.</summary>
    protected FatalStop Fatal => fatal;

    /// <summary>The stage's work until <paramref name="stoppingToken"/> fires.</summary>
    protected abstract Task RunAsync(CancellationToken stoppingToken);

    /// <inheritdoc/>
    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        catch (Exception error)
        {
            fatal.Stop(error, GetType().Name);
        }
    }
}
