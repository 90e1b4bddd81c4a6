namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>OCPP 2.0.1 part 2 §2.23 EVSEType: An EVSE, optionally narrowed to one of its connectors.</summary>
public sealed record EVSEType
{
    /// <summary>EVSE id (greater than 0).</summary>
    public required int Id { get; init; }

    /// <summary>Connector index on the EVSE.</summary>
    public int? ConnectorId { get; init; }

    public CustomDataType? CustomData { get; init; }
}
