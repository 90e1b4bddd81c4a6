namespace OcppCsms.IntegrationTests.Infrastructure;

/// <summary>A host of its own on a fresh SQLite file, with the given settings, and a client signed in as the seeded admin.</summary>
internal sealed class AdminHost : IAsyncDisposable
{
    private readonly SqliteTestDatabase _database;

    private AdminHost(SqliteTestDatabase database, CsmsProcess host, HttpClient admin)
    {
        _database = database;
        Host = host;
        Admin = admin;
    }

    public CsmsProcess Host { get; }

    public HttpClient Admin { get; }

    public static async Task<AdminHost> StartAsync(params (string Key, string? Value)[] settings)
    {
        var database = new SqliteTestDatabase();
        var host = await CsmsProcess.StartAsync(database.HostEnvironment([.. settings, ("RateLimiting__WsConnectionsPerMinute", "1000")]));
        return new AdminHost(database, host, await OperatorSession.BearerClientAsync(host));
    }

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await Host.DisposeAsync();
        await _database.DisposeAsync();
    }
}
