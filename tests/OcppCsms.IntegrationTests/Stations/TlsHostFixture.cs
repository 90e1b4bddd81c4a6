using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Stations;

/// <summary>
/// A host listening on https only, with a server certificate and a client CA made for the class (<see cref="TestPki"/>),
/// configured as an operator would: the <c>Tls</c> keys in the environment and <c>--urls https://...</c>.
/// </summary>
public sealed class TlsHostFixture : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    internal TestPki Pki { get; } = TestPki.Create();

    internal CsmsProcess Host { get; private set; } = null!;

    /// <summary>The admin's API client over https, trusting the class's CA.</summary>
    internal HttpClient Operator { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await CsmsProcess.StartAsync(
            StationsHostFixture.Environment(_database,
                ("Tls__CertificatePath", Pki.ServerPfxPath),
                ("Tls__CertificatePassword", TestPki.ServerPassword),
                ("Tls__ClientCaCertificatePath", Pki.CaPemPath)),
            ["--urls", "https://127.0.0.1:0"]);
        using var anonymous = Pki.HttpClient(Host.BaseAddress);
        var tokens = await OperatorSession.LoginAsync(Host, client: anonymous);
        Operator = Pki.HttpClient(Host.BaseAddress);
        Operator.DefaultRequestHeaders.Authorization = new("Bearer", tokens.GetProperty("accessToken").GetString());
    }

    /// <summary><c>wss://</c> to the station's connection URL.</summary>
    internal Uri StationUri(string stationId) => new($"wss://{Host.BaseAddress.Authority}/ocpp/{Uri.EscapeDataString(stationId)}");

    public async Task DisposeAsync()
    {
        Operator?.Dispose();
        await Host.DisposeAsync();
        await _database.DisposeAsync();
        Pki.Dispose();
    }
}
