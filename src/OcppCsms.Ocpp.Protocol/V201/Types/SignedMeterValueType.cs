using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.46 SignedMeterValueType: A signed meter value with what is needed to verify it.
/// </summary>
public sealed record SignedMeterValueType
{
    /// <summary>
    /// Base64 encoded signed data, which may hold more than the meter value (timestamps, customer reference, ...).
    /// </summary>
    [MaxLength(2500)]
    public required string SignedMeterData { get; init; }

    /// <summary>Method used to create the digital signature.</summary>
    [MaxLength(50)]
    public required string SigningMethod { get; init; }

    /// <summary>Method used to encode the meter values before signing.</summary>
    [MaxLength(50)]
    public required string EncodingMethod { get; init; }

    /// <summary>Base64 encoded public key; whether it is sent depends on PublicKeyWithSignedMeterValue.</summary>
    [MaxLength(2500)]
    public required string PublicKey { get; init; }

    public CustomDataType? CustomData { get; init; }
}
