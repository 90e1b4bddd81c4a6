using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace OcppCsms.IntegrationTests.StationOperations;

/// <summary>Certificate signing requests as a station makes them for SignCertificate: a new key, a subject, PEM PKCS#10.</summary>
internal static class TestCsr
{
    /// <summary>A P-256 key's CSR for <c>CN={commonName}, O={organization}</c>, and the key.</summary>
    public static (string Pem, ECDsa Key) Create(string commonName, string organization = StationOperationsHostFixture.CpoName) =>
        Create(Subject(commonName, organization));

    /// <summary>A P-256 key's CSR for any subject, and the key.</summary>
    public static (string Pem, ECDsa Key) Create(X500DistinguishedName subject)
    {
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return (new CertificateRequest(subject, key, HashAlgorithmName.SHA256).CreateSigningRequestPem(), key);
    }

    /// <summary>A CSR with an RSA key of <paramref name="bits"/> bits.</summary>
    public static string Rsa(string commonName, int bits)
    {
        using var key = RSA.Create(bits);
        return new CertificateRequest(Subject(commonName, StationOperationsHostFixture.CpoName), key, HashAlgorithmName.SHA256,
            RSASignaturePadding.Pkcs1).CreateSigningRequestPem();
    }

    private static X500DistinguishedName Subject(string commonName, string organization)
    {
        var builder = new X500DistinguishedNameBuilder();
        builder.AddCommonName(commonName);
        builder.AddOrganizationName(organization);
        return builder.Build();
    }
}
