using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.38 ReportDataType: A component variable with its attributes and characteristics, as
/// reported in NotifyReportRequest.
/// </summary>
public sealed record ReportDataType
{
    public required ComponentType Component { get; init; }

    public required VariableType Variable { get; init; }

    /// <summary>The spec's table calls this field attribute; the schema's name is the wire name.</summary>
    [MinLength(1)]
    [MaxLength(4)]
    public required IReadOnlyList<VariableAttributeType> VariableAttribute { get; init; }

    /// <summary>The spec's table calls this field characteristics; the schema's name is the wire name.</summary>
    public VariableCharacteristicsType? VariableCharacteristics { get; init; }

    public CustomDataType? CustomData { get; init; }
}
