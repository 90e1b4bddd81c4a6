using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Stations.Certificates;

/// <summary>
/// The checks the CSMS makes on a station's CSR before it accepts it (whitepaper A02 "Error handling": "The Central
/// System may do some checks on the CSR"): a PEM PKCS#10 request whose signature proves the station holds the key
/// (A02.FR.03), a subject with the CPO name as O (A02.FR.13) and, for the station's own certificate, the CN the
/// registry expects in its client certificate (A00.FR.511: the serial number; the profile 3 check compares the same
/// CN), and a key strong enough for 112-bit security (A00.FR.501–503).
/// </summary>
internal static class CsrCheck
{
    /// <summary>X.520 ub-organization-name (RFC 5280 appendix A.1).</summary>
    public const int OrganizationNameMaxLength = 64;

    private const string CommonNameOid = "2.5.4.3";
    private const string OrganizationOid = "2.5.4.10";

    /// <param name="expectedCommonName">The CN the registry holds for the station; null when it is not registered.</param>
    /// <param name="organizationName">The CPO name O must equal; null: any O.</param>
    public static CsrVerdict Inspect(string pem, SignedCertificateType? type, string? expectedCommonName, string? organizationName)
    {
        CertificateRequest request;
        try
        {
            // The CA signs with SHA-256 (A00.FR.506), RSA keys with PSS (A00.FR.505).
            request = CertificateRequest.LoadSigningRequestPem(pem, HashAlgorithmName.SHA256, CertificateRequestLoadOptions.Default, RSASignaturePadding.Pss);
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            return CsrVerdict.Refuse($"it is not one PEM PKCS#10 request with a valid signature ({e.Message})");
        }

        var subject = request.SubjectName.EnumerateRelativeDistinguishedNames()
            .Where(rdn => !rdn.HasMultipleElements)
            .ToLookup(rdn => rdn.GetSingleElementType().Value, rdn => rdn.GetSingleElementValue());
        var commonName = OnlyOne(subject[CommonNameOid]);
        var organization = OnlyOne(subject[OrganizationOid]);
        var failure = (commonName, organization) switch
        {
            (null or "", _) => "its subject has no single CN",
            (_, null or "") => "its subject has no single O (the CpoName, A02.FR.13)",
            _ when organizationName is not null && organization != organizationName => $"its O is '{organization}', not the CPO name '{organizationName}'",
            _ when type != SignedCertificateType.V2GCertificate && expectedCommonName is null => "the station is not registered",
            _ when type != SignedCertificateType.V2GCertificate && commonName != expectedCommonName =>
                $"its CN is '{commonName}', but the station's certificate CN is '{expectedCommonName}' (set certificateCommonName in the station registry)",
            _ => WeakKey(request.PublicKey),
        };
        return failure is null ? new CsrVerdict(request, null) : CsrVerdict.Refuse(failure);
    }

    /// <summary>The value when there is exactly one; two CNs would leave open which one the certificate is for.</summary>
    private static string? OnlyOne(IEnumerable<string?> values) => values.Take(2).ToList() is [var only] ? only : null;

    private static string? WeakKey(PublicKey key)
    {
        using var rsa = key.GetRSAPublicKey();
        if (rsa is not null)
        {
            return rsa.KeySize < 2048 ? $"its RSA key has {rsa.KeySize} bits, fewer than 2048 (A00.FR.502)" : null;
        }

        using var ecdsa = key.GetECDsaPublicKey();
        if (ecdsa is not null)
        {
            return ecdsa.KeySize < 224 ? $"its EC key has {ecdsa.KeySize} bits, fewer than 224 (A00.FR.503)" : null;
        }

        return "its key is neither RSA nor ECDSA";
    }
}

/// <summary>A CSR read and accepted (<see cref="Request"/>), or the reason it is refused.</summary>
internal sealed record CsrVerdict(CertificateRequest? Request, string? Failure)
{
    public static CsrVerdict Refuse(string failure) => new(null, failure);
}
