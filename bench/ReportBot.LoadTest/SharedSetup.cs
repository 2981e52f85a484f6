using System.Net;
using System.Net.Sockets;
using Npgsql;
using ReportBot.FakeBotApi;

namespace ReportBot.LoadTest;

/// <summary>
/// For a phase on PostgreSQL: a database of its own on the given server (dropped afterwards), a round-robin proxy
/// on 127.0.0.1 as the webhook's public URL, and a port for each instance behind it.
/// </summary>
internal sealed class SharedSetup : IAsyncDisposable
{
    private readonly string _server;
    private readonly string _name;
    private readonly RoundRobinProxy _proxy;

    private SharedSetup(string server, string name, RoundRobinProxy proxy, Launchers.Shared settings)
    {
        _server = server;
        _name = name;
        _proxy = proxy;
        Settings = settings;
    }

    public Launchers.Shared Settings { get; }

    public static async Task<SharedSetup> StartAsync(string server, int instances)
    {
        var name = "reportbot_load_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(server, $"CREATE DATABASE {name};");
        var ports = Enumerable.Range(0, instances).Select(_ => FreePort()).ToList();
        var proxyPort = FreePort();
        var backends = ports.Select(p => new Uri($"http://127.0.0.1:{p}/")).ToList();
        var proxy = await RoundRobinProxy.StartAsync(proxyPort, backends);
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new SharedSetup(server, name, proxy, new Launchers.Shared(connection, new Uri($"http://127.0.0.1:{proxyPort}/telegram/hook"), backends));
    }

    public async ValueTask DisposeAsync()
    {
        await _proxy.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(_server, $"DROP DATABASE IF EXISTS {_name} WITH (FORCE);");
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
