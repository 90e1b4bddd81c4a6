using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.28.1 GetVariablesRequest (use case B06): the CSMS reads variables of the station's device
/// model.
/// </summary>
public sealed record GetVariablesRequest
{
    [MinLength(1)]
    public required IReadOnlyList<GetVariableDataType> GetVariableData { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.28.2 GetVariablesResponse: one result per requested variable.</summary>
public sealed record GetVariablesResponse
{
    [MinLength(1)]
    public required IReadOnlyList<GetVariableResultType> GetVariableResult { get; init; }

    public CustomDataType? CustomData { get; init; }
}
