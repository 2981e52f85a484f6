using Microsoft.Extensions.Hosting;

namespace ReportBot.FakeBotApi;

/// <summary>Keeps the embedded host away from Ctrl+C/SIGTERM: the owner (a test or Program) decides when to stop.</summary>
internal sealed class NullHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
