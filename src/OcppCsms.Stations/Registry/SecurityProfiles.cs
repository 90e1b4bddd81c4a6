namespace OcppCsms.Stations.Registry;

/// <summary>
/// The OCPP security profiles (OCPP 2.0.1 part 2 A00 §1.3, 1.6 security whitepaper §2.1), plus profile 0 for labs: a
/// station that connects without any authentication. OCPP itself knows no profile 0; it is unsafe outside a lab.
/// </summary>
internal static class SecurityProfiles
{
    /// <summary>No station authentication at all (development and labs only).</summary>
    public const int None = 0;

    /// <summary>1: HTTP Basic authentication, without TLS.</summary>
    public const int BasicAuth = 1;

    /// <summary>2: TLS with HTTP Basic authentication.</summary>
    public const int TlsBasicAuth = 2;

    /// <summary>3: TLS with a client certificate.</summary>
    public const int TlsClientCertificate = 3;

    public static bool UsesPassword(int profile) => profile is BasicAuth or TlsBasicAuth;
}
