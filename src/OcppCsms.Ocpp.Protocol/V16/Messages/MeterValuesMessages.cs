namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §6.31 MeterValues.req.</summary>
public sealed record MeterValuesRequest
{
    /// <summary>The connector, or 0 for the Charge Point's main meter.</summary>
    public required int ConnectorId { get; init; }

    /// <summary>The transaction the samples belong to, if any.</summary>
    public int? TransactionId { get; init; }

    public required IReadOnlyList<MeterValue> MeterValue { get; init; }
}

/// <summary>OCPP 1.6 §6.32 MeterValues.conf: no fields.</summary>
public sealed record MeterValuesResponse;
