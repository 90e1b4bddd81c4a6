using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using OcppCsms.IntegrationTests.Events;
using OcppCsms.IntegrationTests.Infrastructure;
using static OcppCsms.IntegrationTests.Stations.StationApi;

namespace OcppCsms.IntegrationTests.StationOperations;

/// <summary>
/// SignCertificate with the development CA (whitepaper A02/A03, 2.0.1 A02/A03): a CSR that passes the checks is
/// Accepted and its signed certificate follows as CertificateSigned, chained to the CA; one that fails is Rejected and
/// nothing follows.
/// </summary>
public sealed class CertificateSigningTests(StationOperationsHostFixture fixture) : IClassFixture<StationOperationsHostFixture>
{
    [Fact]
    public async Task A_valid_csr_is_accepted_and_the_signed_certificate_that_follows_verifies_against_the_ca()
    {
        var id = UniqueId("CP-SIGN");
        var serialNumber = $"SN-{id}";
        await RegisterAsync(fixture.Admin, id, profile: 0, certificateCommonName: serialNumber);
        await using var station = await TestStation.ConnectAsync(fixture.Host, id);
        var (csr, key) = TestCsr.Create(serialNumber);
        using var _ = key;

        var answer = await station.CallAsync("SignCertificate", new { csr });
        var signed = await station.ReceiveCallAsync("CertificateSigned");
        await station.AnswerAsync(signed, new { status = "Accepted" });

        Assert.Equal("""{"status":"Accepted"}""", answer.GetRawText());
        using var certificate = VerifiedLeaf(signed.Payload.Text("certificateChain"));
        Assert.Equal($"CN={serialNumber}, O={StationOperationsHostFixture.CpoName}", certificate.Subject);
        Assert.Equal(key.ExportSubjectPublicKeyInfo(), certificate.PublicKey.ExportSubjectPublicKeyInfo());
        Assert.Contains(certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>().Single().EnhancedKeyUsages.Cast<Oid>(), oid => oid.Value == "1.3.6.1.5.5.7.3.2");
        Assert.False(certificate.Extensions.OfType<X509BasicConstraintsExtension>().Single().CertificateAuthority);
        Assert.True(certificate.NotAfter <= fixture.Pki.Ca.NotAfter);
        await fixture.Host.WaitForOutputAsync(line => line.Contains(id, StringComparison.Ordinal) && line.Contains("accepted its signed certificate", StringComparison.Ordinal),
            TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_2_0_1_v2g_csr_gets_its_certificate_with_the_same_certificate_type()
    {
        var id = UniqueId("CP-SIGN-201");
        await using var station = await fixture.StationAsync(id, "ocpp2.0.1");
        var (csr, key) = TestCsr.Create("SECC-0001");
        using var _ = key;

        var answer = await station.CallAsync("SignCertificate", new { csr, certificateType = "V2GCertificate" });
        var signed = await station.ReceiveCallAsync("CertificateSigned");
        await station.AnswerAsync(signed, new { status = "Accepted" });

        Assert.Equal("Accepted", answer.Text("status"));
        Assert.Equal("V2GCertificate", signed.Payload.Text("certificateType"));
        using var certificate = VerifiedLeaf(signed.Payload.Text("certificateChain"));
        Assert.Equal($"CN=SECC-0001, O={StationOperationsHostFixture.CpoName}", certificate.Subject);
    }

    [Theory]
    [InlineData("garbage", "not one PEM PKCS#10 request")]
    [InlineData("other-cn", "its CN is")]
    [InlineData("two-cn", "no single CN")]
    [InlineData("other-o", "not the CPO name")]
    [InlineData("weak-rsa", "fewer than 2048")]
    [InlineData("forged", "valid signature")]
    public async Task A_csr_that_fails_a_check_is_rejected_and_no_certificate_follows(string flaw, string reason)
    {
        var id = UniqueId("CP-SIGN-BAD");
        await using var station = await fixture.StationAsync(id);

        var answer = await station.CallAsync("SignCertificate", new { csr = Csr(flaw, id) });

        Assert.Equal("""{"status":"Rejected"}""", answer.GetRawText());
        var logged = await fixture.Host.WaitForOutputAsync(line => line.Contains(id, StringComparison.Ordinal) && line.Contains("answered Rejected", StringComparison.Ordinal),
            TimeSpan.FromSeconds(10));
        Assert.Contains(reason, logged, StringComparison.Ordinal);
        Assert.False(await station.ReceivesCallWithinAsync(TimeSpan.FromMilliseconds(500)), "A CertificateSigned followed a rejected CSR.");
    }

    [Fact]
    public async Task A_certificate_signed_the_station_refuses_is_logged_for_an_operator()
    {
        var id = UniqueId("CP-SIGN-REFUSE");
        await using var station = await fixture.StationAsync(id);
        var (csr, key) = TestCsr.Create(id);
        using var _ = key;

        await station.CallAsync("SignCertificate", new { csr });
        await station.AnswerNextAsync("CertificateSigned", new { status = "Rejected" });

        var logged = await fixture.Host.WaitForOutputAsync(line => line.Contains(id, StringComparison.Ordinal) && line.Contains("did not take its signed certificate", StringComparison.Ordinal),
            TimeSpan.FromSeconds(10));
        Assert.Contains("\"level\":\"Error\"", logged, StringComparison.Ordinal);
    }

    /// <summary>The first certificate of the chain, after checking that it chains to the test CA and to it only.</summary>
    private X509Certificate2 VerifiedLeaf(string chainPem)
    {
        var certificates = new X509Certificate2Collection();
        certificates.ImportFromPem(chainPem);
        var leaf = certificates[0];
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(fixture.Pki.Ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.ExtraStore.AddRange(certificates);
        Assert.True(chain.Build(leaf), string.Join("; ", chain.ChainStatus.Select(status => status.StatusInformation)));
        return leaf;
    }

    private static string Csr(string flaw, string id)
    {
        switch (flaw)
        {
            case "garbage":
                return "-----BEGIN CERTIFICATE REQUEST-----\nTm90IGEgQ1NS\n-----END CERTIFICATE REQUEST-----";
            case "two-cn":
                var (twoNames, twoNamesKey) = TestCsr.Create(new X500DistinguishedName($"CN={id}, CN={id}-2, O={StationOperationsHostFixture.CpoName}"));
                twoNamesKey.Dispose();
                return twoNames;
            case "weak-rsa":
                return TestCsr.Rsa(id, 1024);
            case "forged":
                // Another key's signature over the same subject: the CSR does not prove possession of its key.
                var (genuine, genuineKey) = TestCsr.Create(id);
                var (other, otherKey) = TestCsr.Create(id);
                genuineKey.Dispose();
                otherKey.Dispose();
                return SwapSignature(genuine, other);
            default:
                var (pem, key) = flaw == "other-cn" ? TestCsr.Create($"{id}-X") : TestCsr.Create(id, "Someone Else");
                key.Dispose();
                return pem;
        }
    }

    /// <summary>The request info of <paramref name="body"/> with the signature of <paramref name="signature"/>.</summary>
    private static string SwapSignature(string body, string signature)
    {
        // PKCS#10 (RFC 2986 §4.2): SEQUENCE { certificationRequestInfo, signatureAlgorithm, signature }.
        var info = new AsnReader(Der(body), AsnEncodingRules.DER).ReadSequence().ReadEncodedValue();
        var signed = new AsnReader(Der(signature), AsnEncodingRules.DER).ReadSequence();
        signed.ReadEncodedValue();
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteEncodedValue(info.Span);
            writer.WriteEncodedValue(signed.ReadEncodedValue().Span);
            writer.WriteEncodedValue(signed.ReadEncodedValue().Span);
        }

        return new string(PemEncoding.Write("CERTIFICATE REQUEST", writer.Encode()));
    }

    private static byte[] Der(string pem)
    {
        var fields = PemEncoding.Find(pem);
        return Convert.FromBase64String(pem[fields.Base64Data]);
    }
}
