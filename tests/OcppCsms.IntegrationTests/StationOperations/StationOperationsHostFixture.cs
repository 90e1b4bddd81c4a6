using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;
using OcppCsms.IntegrationTests.Stations;

namespace OcppCsms.IntegrationTests.StationOperations;

/// <summary>
/// One host for the station operation tests: a development CA (a <see cref="TestPki"/> CA with its key in PEM files),
/// two accepted DataTransfer vendors, a short call timeout, and limits far above what the tests send. Each test uses
/// station ids of its own.
/// </summary>
public sealed class StationOperationsHostFixture : IAsyncLifetime
{
    public const string CpoName = "OcppCsms Tests";
    public const string AcceptedVendor = "com.example.meter";
    public const string OtherAcceptedVendor = "org.example.display";

    private readonly SqliteTestDatabase _database = new();

    internal TestPki Pki { get; } = TestPki.Create();

    internal CsmsProcess Host { get; private set; } = null!;

    /// <summary>The seeded admin, signed in for the whole class; tests must not dispose it.</summary>
    internal HttpClient Admin { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await CsmsProcess.StartAsync(StationsHostFixture.Environment(_database, [
            .. CertificateAuthoritySettings(Pki),
            ("Ocpp__CertificateAuthority__OrganizationName", CpoName),
            ("Ocpp__DataTransfer__AcceptedVendors__0", AcceptedVendor),
            ("Ocpp__DataTransfer__AcceptedVendors__1", OtherAcceptedVendor),
            ("Ocpp__CallTimeoutSeconds", "2"),
        ]));
        Admin = await OperatorSession.BearerClientAsync(Host);
    }

    public async Task DisposeAsync()
    {
        Admin.Dispose();
        await Host.DisposeAsync();
        await _database.DisposeAsync();
        Pki.Dispose();
    }

    /// <summary>The CA of <paramref name="pki"/> as the host's development CA: its certificate and key in PEM files beside it.</summary>
    internal static (string Key, string? Value)[] CertificateAuthoritySettings(TestPki pki)
    {
        var keyPath = Path.Combine(pki.Directory, "ca.key");
        File.WriteAllText(keyPath, pki.Ca.GetECDsaPrivateKey()!.ExportPkcs8PrivateKeyPem());
        return [("Ocpp__CertificateAuthority__CertificatePath", pki.CaPemPath), ("Ocpp__CertificateAuthority__KeyPath", keyPath)];
    }

    /// <summary>Registers <paramref name="id"/> (profile 0, so it connects without credentials) and connects it.</summary>
    internal Task<TestStation> StationAsync(string id, string subProtocol = "ocpp1.6") => TestStation.RegisterAndConnectAsync(Host, Admin, id, subProtocol);

    /// <summary>GET <paramref name="path"/> as the admin, expecting 200; the body.</summary>
    internal async Task<JsonElement> GetAsync(string path)
    {
        using var response = await Admin.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
