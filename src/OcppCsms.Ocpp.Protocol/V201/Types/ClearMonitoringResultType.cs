namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.15 ClearMonitoringResultType: Result of clearing one monitor, in
/// ClearVariableMonitoringResponse.
/// </summary>
public sealed record ClearMonitoringResultType
{
    public required ClearMonitoringStatusEnumType Status { get; init; }

    /// <summary>Id of the monitor a clear was asked for.</summary>
    public required int Id { get; init; }

    public StatusInfoType? StatusInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
