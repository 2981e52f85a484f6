namespace ReportBot.FakeBotApi.State;

/// <summary>All mutable state of one fake server.</summary>
internal sealed class FakeBotState : IDisposable
{
    private readonly CancellationTokenSource _shutdown = new();

    public UpdateQueue Updates { get; } = new();

    public ChatStore Chats { get; } = new();

    public FaultInjector Faults { get; } = new();

    public Recorder Recorder { get; } = new();

    public FileStore Files { get; } = new();

    private WebhookDelivery? _webhook;

    /// <summary>Delivery to the webhook set by setWebhook (none until then).</summary>
    public WebhookDelivery Webhook => LazyInitializer.EnsureInitialized(ref _webhook, () => new WebhookDelivery(Updates));

    /// <summary>Set when the token was revoked: every call answers 401 Unauthorized.</summary>
    public bool TokenRevoked { get; set; }

    /// <summary>Signalled when the server stops: held long-polls return at once.</summary>
    public CancellationToken ShutdownToken => _shutdown.Token;

    public void BeginShutdown() => _shutdown.Cancel();

    public void Dispose()
    {
        _webhook?.Dispose();
        _shutdown.Dispose();
    }
}
