using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace OcppCsms.IntegrationTests.Infrastructure;

/// <summary>
/// A certificate authority made for one test class, as an operator makes one with deploy/dev-certs.sh: a CA, a server
/// certificate for 127.0.0.1/localhost signed by it, and station client certificates on demand. Its files (the CA as PEM,
/// the server certificate as a password-protected PKCS#12) live in a temp folder that goes when disposed.
/// </summary>
internal sealed class TestPki : IDisposable
{
    public const string ServerPassword = "test-server-pfx-password";

    private TestPki(X509Certificate2 ca, X509Certificate2 server, string directory)
    {
        Ca = ca;
        Server = server;
        Directory = directory;
        CaPemPath = Path.Combine(directory, "ca.pem");
        ServerPfxPath = Path.Combine(directory, "server.pfx");
        File.WriteAllText(CaPemPath, ca.ExportCertificatePem());
        File.WriteAllBytes(ServerPfxPath, server.Export(X509ContentType.Pkcs12, ServerPassword));
    }

    public X509Certificate2 Ca { get; }

    public X509Certificate2 Server { get; }

    public string Directory { get; }

    public string CaPemPath { get; }

    public string ServerPfxPath { get; }

    public static TestPki Create(string caName = "OcppCsms Test CA")
    {
        var ca = CreateCa(caName);
        var server = Issue(ca, "127.0.0.1", DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30), serverAuth: true);
        return new TestPki(ca, server, System.IO.Directory.CreateTempSubdirectory("csms-pki-").FullName);
    }

    /// <summary>A station's client certificate with <paramref name="commonName"/>, valid now unless told otherwise.</summary>
    public X509Certificate2 IssueClient(string commonName, DateTimeOffset? notBefore = null, DateTimeOffset? notAfter = null) =>
        Issue(Ca, commonName, notBefore ?? DateTimeOffset.UtcNow.AddDays(-1), notAfter ?? DateTimeOffset.UtcNow.AddDays(30), serverAuth: false);

    /// <summary>For clients: the server's certificate must chain to this CA, and only to it.</summary>
    public bool TrustsServer(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (certificate is null)
        {
            return false;
        }

        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.Add(Ca);
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return custom.Build(X509CertificateLoader.LoadCertificate(certificate.GetRawCertData()));
    }

    /// <summary>An HTTP client for the host's https address that trusts this CA.</summary>
    public HttpClient HttpClient(Uri baseAddress) =>
        new(new HttpClientHandler { ServerCertificateCustomValidationCallback = (message, certificate, chain, errors) => TrustsServer(message, certificate, chain, errors) })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };

    public void Dispose()
    {
        Ca.Dispose();
        Server.Dispose();
        System.IO.Directory.Delete(Directory, recursive: true);
    }

    private static X509Certificate2 CreateCa(string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}, O=OcppCsms Tests", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-2), DateTimeOffset.UtcNow.AddYears(1));
    }

    private static X509Certificate2 Issue(X509Certificate2 ca, string commonName, DateTimeOffset notBefore, DateTimeOffset notAfter, bool serverAuth)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={commonName}, O=OcppCsms Tests", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(ca, true, false));
        if (serverAuth)
        {
            var names = new SubjectAlternativeNameBuilder();
            names.AddIpAddress(IPAddress.Loopback);
            names.AddDnsName("localhost");
            request.CertificateExtensions.Add(names.Build());
        }

        // The CA signs with its own validity as the limit: an expired station certificate must still be issued by it.
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        using var issued = request.Create(ca, notBefore < ca.NotBefore ? ca.NotBefore : notBefore, notAfter, serial);
        return issued.CopyWithPrivateKey(key);
    }
}
