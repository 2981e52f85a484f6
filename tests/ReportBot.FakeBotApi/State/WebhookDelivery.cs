using System.Net;
using System.Text;
using System.Text.Json;
using Telegram.Bot;

namespace ReportBot.FakeBotApi.State;

/// <summary>
/// What Telegram does once setWebhook is called: POSTs each pending update as JSON to the URL with the secret in
/// <c>X-Telegram-Bot-Api-Secret-Token</c>, up to max_connections at once (one per chat at a time); an update is
/// confirmed by a 2xx answer and delivered again otherwise, after a short pause.
/// </summary>
internal sealed class WebhookDelivery(UpdateQueue updates) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private CancellationTokenSource? _running;
    private int _delivered;
    private int _refused;

    public string Url { get; private set; } = string.Empty;

    public string Secret { get; private set; } = string.Empty;

    public IReadOnlyList<string> AllowedUpdates { get; private set; } = [];

    public int MaxConnections { get; private set; }

    /// <summary>Requests the webhook answered with 2xx.</summary>
    public int Delivered => Volatile.Read(ref _delivered);

    /// <summary>Requests the webhook answered otherwise (or did not answer).</summary>
    public int Refused => Volatile.Read(ref _refused);

    public void Set(string url, string secret, IReadOnlyList<string> allowed, int maxConnections)
    {
        lock (_gate)
        {
            StopLocked();
            (Url, Secret, AllowedUpdates, MaxConnections) = (url, secret, allowed, Math.Clamp(maxConnections, 1, 100));
            _running = new CancellationTokenSource();
            for (var i = 0; i < MaxConnections; i++)
            {
                var token = _running.Token;
                _ = Task.Run(() => DeliverAsync(token), CancellationToken.None);
            }
        }
    }

    public void Delete()
    {
        lock (_gate)
        {
            StopLocked();
            Url = string.Empty;
        }
    }

    public void Dispose()
    {
        Delete();
        _http.Dispose();
    }

    private void StopLocked()
    {
        _running?.Cancel();
        _running?.Dispose();
        _running = null;
    }

    private async Task DeliverAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            if (updates.TakeForWebhook(AllowedUpdates, out var changed) is not { } update)
            {
                try
                {
                    await changed.WaitAsync(TimeSpan.FromSeconds(1), stop);
                }
                catch (TimeoutException)
                {
                    // Look again.
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                continue;
            }

            var ok = false;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, Url)
                {
                    Content = new StringContent(JsonSerializer.Serialize(update, JsonBotAPI.Options), Encoding.UTF8, "application/json"),
                };
                if (Secret.Length > 0)
                {
                    request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
                }

                using var response = await _http.SendAsync(request, stop);
                ok = response.IsSuccessStatusCode;
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException or IOException)
            {
                // The instance is down or slow: delivered again, possibly to another instance behind the URL.
            }
            finally
            {
                updates.FinishWebhook(update, ok);
            }

            Interlocked.Increment(ref ok ? ref _delivered : ref _refused);
            if (!ok)
            {
                try
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(200), stop);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
