using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.1.1 AuthorizeRequest (use cases C01–C09): the station asks the CSMS whether an idToken may
/// charge, for ISO 15118 Plug and Charge with the contract certificate or its OCSP data.
/// </summary>
public sealed record AuthorizeRequest
{
    /// <summary>
    /// The EV's contract certificate chain, PEM, leaf first and without the root: only when the station cannot validate
    /// the contract certificate itself.
    /// </summary>
    [MaxLength(5500)]
    public string? Certificate { get; init; }

    public required IdTokenType IdToken { get; init; }

    /// <summary>OCSP data to check the EV contract certificate; not needed when the certificate is sent.</summary>
    [MinLength(1)]
    [MaxLength(4)]
    public IReadOnlyList<OCSPRequestDataType>? Iso15118CertificateHashData { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.1.2 AuthorizeResponse.</summary>
public sealed record AuthorizeResponse
{
    /// <summary>The validity of the contract certificate, when one was sent.</summary>
    public AuthorizeCertificateStatusEnumType? CertificateStatus { get; init; }

    public required IdTokenInfoType IdTokenInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
