namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.2.1 BootNotificationRequest (use cases B01–B03): the station announces itself after a (re)boot.
/// </summary>
public sealed record BootNotificationRequest
{
    public required BootReasonEnumType Reason { get; init; }

    public required ChargingStationType ChargingStation { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.2.2 BootNotificationResponse.</summary>
public sealed record BootNotificationResponse
{
    /// <summary>The CSMS's current time.</summary>
    public required DateTime CurrentTime { get; init; }

    /// <summary>
    /// Seconds. When Accepted, the heartbeat interval; otherwise the minimum wait before the next
    /// BootNotificationRequest.
    /// </summary>
    public required int Interval { get; init; }

    public required RegistrationStatusEnumType Status { get; init; }

    public StatusInfoType? StatusInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
