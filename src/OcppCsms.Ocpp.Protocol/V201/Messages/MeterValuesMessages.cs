using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.32.1 MeterValuesRequest (use case J01): the station sends meter values that are not part of a
/// transaction (those go in TransactionEventRequest).
/// </summary>
public sealed record MeterValuesRequest
{
    /// <summary>The EVSE measured; 0 is the station's main power meter.</summary>
    public required int EvseId { get; init; }

    [MinLength(1)]
    public required IReadOnlyList<MeterValueType> MeterValue { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.32.2 MeterValuesResponse: no fields.</summary>
public sealed record MeterValuesResponse
{
    public CustomDataType? CustomData { get; init; }
}
