using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.6 CertificateHashDataType: Identifies a certificate by the hashes of its issuer's name and
/// key and by its serial number.
/// </summary>
public sealed record CertificateHashDataType
{
    public required HashAlgorithmEnumType HashAlgorithm { get; init; }

    /// <summary>Hash of the DER encoded distinguished name of the issuer.</summary>
    [MaxLength(128)]
    public required string IssuerNameHash { get; init; }

    /// <summary>Hash of the DER encoded public key of the issuer.</summary>
    [MaxLength(128)]
    public required string IssuerKeyHash { get; init; }

    /// <summary>Serial number in hexadecimal, without "0x" and without leading zeroes.</summary>
    [MaxLength(40)]
    public required string SerialNumber { get; init; }

    public CustomDataType? CustomData { get; init; }
}
