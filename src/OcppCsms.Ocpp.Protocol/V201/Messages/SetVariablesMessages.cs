using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.57.1 SetVariablesRequest (use case B05): the CSMS sets variables of the station's device model.
/// </summary>
public sealed record SetVariablesRequest
{
    [MinLength(1)]
    public required IReadOnlyList<SetVariableDataType> SetVariableData { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.57.2 SetVariablesResponse: one result per variable set.</summary>
public sealed record SetVariablesResponse
{
    [MinLength(1)]
    public required IReadOnlyList<SetVariableResultType> SetVariableResult { get; init; }

    public CustomDataType? CustomData { get; init; }
}
