using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.56.1 SetVariableMonitoringRequest (use case N04): the CSMS sets monitors on variables.
/// </summary>
public sealed record SetVariableMonitoringRequest
{
    [MinLength(1)]
    public required IReadOnlyList<SetMonitoringDataType> SetMonitoringData { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.56.2 SetVariableMonitoringResponse.</summary>
public sealed record SetVariableMonitoringResponse
{
    [MinLength(1)]
    public required IReadOnlyList<SetMonitoringResultType> SetMonitoringResult { get; init; }

    public CustomDataType? CustomData { get; init; }
}
