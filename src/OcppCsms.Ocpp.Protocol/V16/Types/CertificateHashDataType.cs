using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>
/// OCPP 1.6 security whitepaper edition 3 §6.1 CertificateHashDataType (the heading says CertificateDataType): identifies
/// an installed certificate by its issuer's hashes and its serial number.
/// </summary>
public sealed record CertificateHashDataType
{
    public required HashAlgorithmEnumType HashAlgorithm { get; init; }

    /// <summary>Hash over the DER encoding of the issuer's distinguished name, in hex.</summary>
    [MaxLength(128)]
    public required string IssuerNameHash { get; init; }

    /// <summary>Hash over the issuer's DER encoded public key, in hex.</summary>
    [MaxLength(128)]
    public required string IssuerKeyHash { get; init; }

    /// <summary>The certificate's serial number in hex, without leading zeroes or 0x.</summary>
    [MaxLength(40)]
    public required string SerialNumber { get; init; }
}
