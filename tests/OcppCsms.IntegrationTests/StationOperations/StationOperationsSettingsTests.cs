using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.StationOperations;

/// <summary>
/// The settings of station operations: without a CA SignCertificate is Rejected and logged; a CA setting that cannot
/// work, or a bad list of accepted DataTransfer vendors, stops the start with one line naming the key.
/// </summary>
public sealed class StationOperationsSettingsTests
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Without_a_certificate_authority_sign_certificate_is_rejected_and_the_log_says_what_to_configure()
    {
        await using var setup = await AdminHost.StartAsync();
        await using var station = await TestStation.RegisterAndConnectAsync(setup.Host, setup.Admin, "CP-NO-CA");
        var (csr, key) = TestCsr.Create("CP-NO-CA");
        using var _ = key;

        var answer = await station.CallAsync("SignCertificate", new { csr });

        Assert.Equal("""{"status":"Rejected"}""", answer.GetRawText());
        var logged = await setup.Host.WaitForOutputAsync(line => line.Contains("CP-NO-CA", StringComparison.Ordinal) && line.Contains("SignCertificate", StringComparison.Ordinal),
            TimeSpan.FromSeconds(10));
        Assert.Contains("\"level\":\"Warning\"", logged, StringComparison.Ordinal);
        Assert.Contains("Ocpp:CertificateAuthority:CertificatePath", logged, StringComparison.Ordinal);
        Assert.False(await station.ReceivesCallWithinAsync(TimeSpan.FromMilliseconds(500)), "A CertificateSigned followed without a CA.");
    }

    [Theory]
    [InlineData("missing-certificate", "Ocpp:CertificateAuthority:CertificatePath names")]
    [InlineData("no-key", "Ocpp:CertificateAuthority:KeyPath is required")]
    [InlineData("other-key", "Ocpp:CertificateAuthority:KeyPath ('")]
    [InlineData("not-a-ca", "is not a CA certificate")]
    [InlineData("validity", "Ocpp:CertificateAuthority:ValidityDays")]
    [InlineData("duplicate-vendor", "Ocpp:DataTransfer:AcceptedVendors names 'com.example.a' more than once")]
    public async Task A_setting_that_cannot_work_stops_the_start_naming_its_key(string flaw, string expected)
    {
        using var pki = TestPki.Create();
        await using var database = new SqliteTestDatabase();
        await using var host = await CsmsProcess.StartAsync(database.HostEnvironment(Settings(flaw, pki)), expectListening: false);

        Assert.Equal(78, await host.WaitForExitAsync(ExitTimeout));
        var error = Assert.Single(host.StandardError, line => line.Length > 0);
        Assert.StartsWith("OcppCsms cannot start: ", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", host.AllOutput, StringComparison.Ordinal);
    }

    private static (string Key, string? Value)[] Settings(string flaw, TestPki pki)
    {
        var ca = StationOperationsHostFixture.CertificateAuthoritySettings(pki);
        const string certificate = "Ocpp__CertificateAuthority__CertificatePath";
        const string key = "Ocpp__CertificateAuthority__KeyPath";
        switch (flaw)
        {
            case "missing-certificate":
                return [(certificate, Path.Combine(pki.Directory, "nothing.pem")), ca[1]];
            case "no-key":
                return [ca[0]];
            case "other-key":
                var otherKey = Path.Combine(pki.Directory, "other.key");
                using (var other = ECDsa.Create(ECCurve.NamedCurves.nistP256))
                {
                    File.WriteAllText(otherKey, other.ExportPkcs8PrivateKeyPem());
                }

                return [ca[0], (key, otherKey)];
            case "not-a-ca":
                // The server certificate, with its own key: a valid pair, but no CA.
                var serverPem = Path.Combine(pki.Directory, "server.pem");
                var serverKey = Path.Combine(pki.Directory, "server.key");
                File.WriteAllText(serverPem, pki.Server.ExportCertificatePem());
                File.WriteAllText(serverKey, pki.Server.GetECDsaPrivateKey()!.ExportPkcs8PrivateKeyPem());
                return [(certificate, serverPem), (key, serverKey)];
            case "validity":
                return [.. ca, ("Ocpp__CertificateAuthority__ValidityDays", "0")];
            default:
                return [("Ocpp__DataTransfer__AcceptedVendors__0", "com.example.a"), ("Ocpp__DataTransfer__AcceptedVendors__1", "COM.EXAMPLE.A")];
        }
    }
}
