using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.26.1 GetReportRequest (use case B08): the CSMS asks for a custom device model report, selected
/// by component criteria and/or component-variable pairs, which the station sends as NotifyReportRequests.
/// </summary>
public sealed record GetReportRequest
{
    /// <summary>Repeated in the NotifyReportRequests of this report.</summary>
    public required int RequestId { get; init; }

    /// <summary>Report only components that match these criteria.</summary>
    [MinLength(1)]
    [MaxLength(4)]
    public IReadOnlyList<ComponentCriterionEnumType>? ComponentCriteria { get; init; }

    /// <summary>Report only these components and variables.</summary>
    [MinLength(1)]
    public IReadOnlyList<ComponentVariableType>? ComponentVariable { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.26.2 GetReportResponse.</summary>
public sealed record GetReportResponse
{
    public required GenericDeviceModelStatusEnumType Status { get; init; }

    public StatusInfoType? StatusInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
