using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §6.3 BootNotification.req.</summary>
public sealed record BootNotificationRequest
{
    /// <summary>Deprecated by the specification in favour of chargePointSerialNumber.</summary>
    [MaxLength(25)]
    public string? ChargeBoxSerialNumber { get; init; }

    [MaxLength(20)]
    public required string ChargePointModel { get; init; }

    [MaxLength(25)]
    public string? ChargePointSerialNumber { get; init; }

    [MaxLength(20)]
    public required string ChargePointVendor { get; init; }

    [MaxLength(50)]
    public string? FirmwareVersion { get; init; }

    /// <summary>The ICCID of the modem's SIM card.</summary>
    [MaxLength(20)]
    public string? Iccid { get; init; }

    /// <summary>The IMSI of the modem's SIM card.</summary>
    [MaxLength(20)]
    public string? Imsi { get; init; }

    /// <summary>The serial number of the main electrical meter.</summary>
    [MaxLength(25)]
    public string? MeterSerialNumber { get; init; }

    /// <summary>The type of the main electrical meter.</summary>
    [MaxLength(25)]
    public string? MeterType { get; init; }
}

/// <summary>OCPP 1.6 §6.4 BootNotification.conf.</summary>
public sealed record BootNotificationResponse
{
    public required DateTime CurrentTime { get; init; }

    /// <summary>Seconds: the heartbeat interval when Accepted, otherwise the least wait before the next BootNotification.req.</summary>
    public required int Interval { get; init; }

    public required RegistrationStatus Status { get; init; }
}
