using OcppCsms.Ocpp.Server.Contracts.SmartCharging;

namespace OcppCsms.Transactions.SmartCharging;

/// <summary>
/// A charging profile the CSMS believes a station holds: one the station accepted in SetChargingProfile, or a TxProfile
/// that came with an accepted remote start. Profile ids are unique per station (OCPP 1.6 §5.16.3, 2.0.1 K01.FR.05).
/// </summary>
internal sealed class InstalledChargingProfile
{
    public const int StationIdMaxLength = 48;

    public const int IdTagMaxLength = 36;

    public required string StationId { get; init; }

    public required int ChargingProfileId { get; init; }

    /// <summary>The 1.6 connector or 2.0.1 EVSE, 0 for the station; null for a remote start that let the station choose, until its transaction starts.</summary>
    public int? ConnectorId { get; set; }

    public required int StackLevel { get; init; }

    public required ChargingProfilePurpose Purpose { get; init; }

    public required ChargingProfileKind Kind { get; init; }

    public RecurrencyKind? Recurrency { get; init; }

    public DateTime? ValidFrom { get; init; }

    public DateTime? ValidTo { get; init; }

    /// <summary>The station's transaction a TxProfile belongs to; null for a remote start's profile until its transaction starts.</summary>
    public string? TransactionId { get; set; }

    /// <summary>The id tag (2.0.1 id token) of the remote start a TxProfile came with, while its transaction has not started.</summary>
    public string? IdTag { get; set; }

    public required ChargingSchedule Schedule { get; init; }

    /// <summary>The OCPP action that installed it: SetChargingProfile, RemoteStartTransaction or RequestStartTransaction.</summary>
    public required string InstalledBy { get; init; }

    public required DateTime InstalledAt { get; init; }

    public ChargingProfile ToProfile() => new()
    {
        Id = ChargingProfileId,
        StackLevel = StackLevel,
        Purpose = Purpose,
        Kind = Kind,
        Recurrency = Recurrency,
        ValidFrom = ValidFrom,
        ValidTo = ValidTo,
        TransactionId = TransactionId,
        Schedule = Schedule,
    };
}
