using System.Text.Json;
using OcppCsms.Ocpp.Server.Contracts.SmartCharging;

namespace OcppCsms.Ocpp.Server.Contracts;

/// <summary>The OCPP 1.6 Core profile's commands (§5) and their OCPP 2.0.1 twins.</summary>
public partial interface IStationCommands
{
    /// <summary>
    /// OCPP 1.6 RemoteStartTransaction (§5.11); OCPP 2.0.1 RequestStartTransaction (F01/F02) with a remoteStartId the
    /// CSMS allocates (<see cref="CommandResult.RequestId"/>): the station's TransactionEvent repeats it.
    /// </summary>
    Task<CommandResult> RemoteStartAsync(string stationId, RemoteStart request, CancellationToken cancellationToken);

    /// <summary>
    /// OCPP 1.6 RemoteStopTransaction (§5.12); OCPP 2.0.1 RequestStopTransaction (F03). <paramref name="transactionId"/>
    /// is the station-facing id: an integer for 1.6, a string of up to 36 characters for 2.0.1.
    /// </summary>
    Task<CommandResult> RemoteStopAsync(string stationId, string transactionId, CancellationToken cancellationToken);

    /// <summary>OCPP 1.6 Reset (§5.14, Soft/Hard); OCPP 2.0.1 Reset B11/B12 (OnIdle/Immediate), optionally of one EVSE.</summary>
    Task<CommandResult> ResetAsync(string stationId, ResetKind kind, int? evseId, CancellationToken cancellationToken);

    /// <summary>
    /// OCPP 1.6 UnlockConnector (§5.18); OCPP 2.0.1 UnlockConnector (F05) of <paramref name="connectorId"/> on
    /// <paramref name="evseId"/>, or without one of connector 1 on EVSE <paramref name="connectorId"/>.
    /// </summary>
    Task<CommandResult> UnlockConnectorAsync(string stationId, int connectorId, int? evseId, CancellationToken cancellationToken);

    /// <summary>
    /// OCPP 1.6 ChangeAvailability (§5.2: connector 0 is the whole station); OCPP 2.0.1 ChangeAvailability (G03/G04) of
    /// the station (connector 0), EVSE <paramref name="connectorId"/>, or connector <paramref name="connectorId"/> of
    /// <paramref name="evseId"/>.
    /// </summary>
    Task<CommandResult> ChangeAvailabilityAsync(string stationId, int connectorId, int? evseId, AvailabilityKind availability, CancellationToken cancellationToken);

    /// <summary>OCPP 1.6 GetConfiguration (§5.8): the given keys, or all when none are given. OCPP 2.0.1 has no twin.</summary>
    Task<CommandResult> GetConfigurationAsync(string stationId, IReadOnlyList<string>? keys, CancellationToken cancellationToken);

    /// <summary>OCPP 1.6 ChangeConfiguration (§5.3). OCPP 2.0.1 has no twin.</summary>
    Task<CommandResult> ChangeConfigurationAsync(string stationId, string key, string value, CancellationToken cancellationToken);

    /// <summary>OCPP 1.6 ClearCache (§5.4); OCPP 2.0.1 ClearCache C11: the station empties its authorization cache.</summary>
    Task<CommandResult> ClearCacheAsync(string stationId, CancellationToken cancellationToken);

    /// <summary>OCPP 1.6 DataTransfer (§5.6); OCPP 2.0.1 DataTransfer (P01).</summary>
    Task<CommandResult> DataTransferAsync(string stationId, CsmsDataTransfer request, CancellationToken cancellationToken);
}

/// <param name="IdTag">The identifier to start for: a 1.6 idTag (up to 20 characters); for 2.0.1 an idToken (up to 36) of type Central.</param>
/// <param name="ConnectorId">The 1.6 connector (2.0.1: the EVSE) to start on; absent lets the station choose.</param>
/// <param name="ChargingProfile">
/// A TxProfile for the transaction to start, without a transaction id (1.6 §5.16.2; 2.0.1 F01.FR.09 and F01.FR.11);
/// absent, the station's default profiles apply.
/// </param>
public sealed record RemoteStart(string IdTag, int? ConnectorId = null, ChargingProfile? ChargingProfile = null);

/// <summary>OCPP 1.6 Soft is a graceful restart (2.0.1 OnIdle: after transactions end); Hard at once (2.0.1 Immediate).</summary>
public enum ResetKind
{
    Soft,
    Hard,
}

/// <summary>OCPP 1.6 AvailabilityType (§7.4), 2.0.1 OperationalStatusEnumType.</summary>
public enum AvailabilityKind
{
    Operative,
    Inoperative,
}

/// <summary>A vendor-specific message from the CSMS.</summary>
/// <param name="VendorId">The vendor's extension, preferably in reverse-DNS form.</param>
/// <param name="MessageId">The message within the extension.</param>
/// <param name="Data">Any JSON for 2.0.1; 1.6 carries text only, so there it must be a JSON string.</param>
public sealed record CsmsDataTransfer(string VendorId, string? MessageId = null, JsonElement? Data = null);
