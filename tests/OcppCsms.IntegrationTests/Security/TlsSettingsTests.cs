using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Security;

/// <summary>
/// A TLS setting that cannot work stops the start with exit code 78 and one line naming the key, before anything
/// listens: a missing file, a wrong password, a certificate without its key, a client CA without a server certificate,
/// or an https address with no certificate to serve it.
/// </summary>
public sealed class TlsSettingsTests : IDisposable
{
    private readonly TestPki _pki = TestPki.Create();

    public void Dispose() => _pki.Dispose();

    [Fact]
    public async Task A_missing_certificate_file_names_Tls_CertificatePath() =>
        await AssertRefusedAsync("Tls:CertificatePath names", ("Tls__CertificatePath", Path.Combine(_pki.Directory, "absent.pfx")));

    [Fact]
    public async Task A_wrong_pkcs12_password_names_Tls_CertificatePassword() =>
        await AssertRefusedAsync("Tls:CertificatePassword", ("Tls__CertificatePath", _pki.ServerPfxPath), ("Tls__CertificatePassword", "not-the-password"));

    [Fact]
    public async Task A_pem_certificate_without_its_key_names_Tls_CertificateKeyPath() =>
        await AssertRefusedAsync("Tls:CertificateKeyPath", ("Tls__CertificatePath", _pki.CaPemPath));

    [Fact]
    public async Task A_client_ca_without_a_server_certificate_names_both_keys() =>
        await AssertRefusedAsync("Tls:ClientCaCertificatePath needs Tls:CertificatePath", ("Tls__ClientCaCertificatePath", _pki.CaPemPath));

    [Fact]
    public async Task An_unreadable_client_ca_names_Tls_ClientCaCertificatePath()
    {
        var garbage = Path.Combine(_pki.Directory, "garbage.pem");
        await File.WriteAllTextAsync(garbage, "not a certificate");

        await AssertRefusedAsync("Tls:ClientCaCertificatePath", ("Tls__CertificatePath", _pki.ServerPfxPath),
            ("Tls__CertificatePassword", TestPki.ServerPassword), ("Tls__ClientCaCertificatePath", garbage));
    }

    [Fact]
    public async Task An_https_address_without_a_certificate_names_Tls_CertificatePath() =>
        await AssertRefusedAsync("Tls:CertificatePath is required to listen on 'https://127.0.0.1:0'", [], ["--urls", "https://127.0.0.1:0"]);

    private static Task AssertRefusedAsync(string expected, params (string Key, string? Value)[] settings) => AssertRefusedAsync(expected, settings, []);

    private static async Task AssertRefusedAsync(string expected, (string Key, string? Value)[] settings, string[] arguments)
    {
        await using var database = new SqliteTestDatabase();
        await using var host = await CsmsProcess.StartAsync(database.HostEnvironment(settings), arguments, expectListening: false);

        Assert.Equal(78, await host.WaitForExitAsync(TimeSpan.FromSeconds(30)));
        var line = Assert.Single(host.StandardError, l => l.Length > 0);
        Assert.StartsWith("OcppCsms cannot start: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain(TestPki.ServerPassword, host.AllOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", host.AllOutput, StringComparison.Ordinal);
    }
}
