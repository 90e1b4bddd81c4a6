namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.42 SetMonitoringDataType: A monitor SetVariableMonitoringRequest sets (or replaces, when id
/// is given) on a component variable.
/// </summary>
public sealed record SetMonitoringDataType
{
    /// <summary>Only to replace an existing monitor; the Charging Station assigns the ids of new monitors.</summary>
    public int? Id { get; init; }

    /// <summary>Monitor only while a transaction is ongoing. Absent means false.</summary>
    public bool? Transaction { get; init; }

    /// <summary>Threshold or delta, or for periodic monitors the interval in seconds.</summary>
    public required decimal Value { get; init; }

    public required MonitorEnumType Type { get; init; }

    /// <summary>
    /// Severity 0 (danger) to 9 (debug) of the events this monitor triggers (the spec says 0..9; the schema sets no
    /// bounds, so neither does this record).
    /// </summary>
    public required int Severity { get; init; }

    public required ComponentType Component { get; init; }

    public required VariableType Variable { get; init; }

    public CustomDataType? CustomData { get; init; }
}
