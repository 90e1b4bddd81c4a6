using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.10.1 ClearVariableMonitoringRequest (use case N06): the CSMS removes monitors by id.
/// </summary>
public sealed record ClearVariableMonitoringRequest
{
    /// <summary>The ids of the monitors to remove.</summary>
    [MinLength(1)]
    public required IReadOnlyList<int> Id { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.10.2 ClearVariableMonitoringResponse.</summary>
public sealed record ClearVariableMonitoringResponse
{
    [MinLength(1)]
    public required IReadOnlyList<ClearMonitoringResultType> ClearMonitoringResult { get; init; }

    public CustomDataType? CustomData { get; init; }
}
