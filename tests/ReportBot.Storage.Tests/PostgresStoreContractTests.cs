using ReportBot.Core.Conversations;
using ReportBot.Storage.Postgres;

namespace ReportBot.Storage.Tests;

/// <summary>The store contract on the PostgreSQL test server, in a schema of its own.</summary>
[NeedsPostgres]
public sealed class PostgresStoreContractTests : StoreContract
{
    private readonly TestPostgres _server = new();
    private readonly List<PostgresDatabase> _opened = [];

    protected override IMessagePipelineStore Open() => new PostgresConversationStore(Track(new PostgresDatabase(_server.ConnectionString)), Time);

    protected override IMessagePipelineStore Open(IPipelineListener listener) =>
        new PostgresConversationStore(Track(new PostgresDatabase(_server.ConnectionString)), Time, null, listener);

    protected override object? Scalar(string sql) => _server.Scalar(sql);

    public override void Dispose()
    {
        _opened.ForEach(d => d.Dispose());
        _server.Dispose();
        base.Dispose();
    }

    private PostgresDatabase Track(PostgresDatabase database)
    {
        _opened.Add(database);
        return database;
    }
}
