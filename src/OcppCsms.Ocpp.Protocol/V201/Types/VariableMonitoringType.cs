namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>OCPP 2.0.1 part 2 §2.52 VariableMonitoringType: A monitor set on a variable, as reported.</summary>
public sealed record VariableMonitoringType
{
    public required int Id { get; init; }

    /// <summary>Monitor only while a transaction is ongoing.</summary>
    public required bool Transaction { get; init; }

    /// <summary>Threshold or delta, or for periodic monitors the interval in seconds.</summary>
    public required decimal Value { get; init; }

    public required MonitorEnumType Type { get; init; }

    /// <summary>
    /// Severity 0 (danger) to 9 (debug) of the events this monitor triggers (the spec says 0..9; the schema sets no
    /// bounds, so neither does this record).
    /// </summary>
    public required int Severity { get; init; }

    public CustomDataType? CustomData { get; init; }
}
