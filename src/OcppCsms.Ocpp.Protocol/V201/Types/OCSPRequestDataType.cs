using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>OCPP 2.0.1 part 2 §2.36 OCSPRequestDataType: The data of an OCSP request on a certificate.</summary>
public sealed record OCSPRequestDataType
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

    /// <summary>URL of the OCSP responder (case-insensitive).</summary>
    [MaxLength(512)]
    public required string ResponderURL { get; init; }

    public CustomDataType? CustomData { get; init; }
}
