namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.17.1 GetBaseReportRequest (use case B07): the CSMS asks for one of the predefined device model
/// reports, which the station sends as NotifyReportRequests.
/// </summary>
public sealed record GetBaseReportRequest
{
    /// <summary>Repeated in the NotifyReportRequests of this report.</summary>
    public required int RequestId { get; init; }

    public required ReportBaseEnumType ReportBase { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.17.2 GetBaseReportResponse.</summary>
public sealed record GetBaseReportResponse
{
    public required GenericDeviceModelStatusEnumType Status { get; init; }

    public StatusInfoType? StatusInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
