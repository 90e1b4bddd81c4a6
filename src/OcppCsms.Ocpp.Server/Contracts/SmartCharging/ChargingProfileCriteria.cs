namespace OcppCsms.Ocpp.Server.Contracts.SmartCharging;

/// <summary>
/// Which charging profiles a ClearChargingProfile removes (1.6 §6.13, errata 3.x: "either a specific charging profile
/// (denoted by id) or a selection of charging profiles that match (logical AND)" the other fields; 2.0.1 K10
/// chargingProfileId or chargingProfileCriteria). Nothing given: every profile the CSMS may clear.
/// </summary>
/// <param name="Id">One profile by its id; the other fields are then not sent.</param>
/// <param name="ConnectorId">The 1.6 connector or 2.0.1 EVSE; 0 is the station itself, absent every connector.</param>
public sealed record ChargingProfileCriteria(int? Id = null, int? ConnectorId = null, ChargingProfilePurpose? ChargingProfilePurpose = null, int? StackLevel = null);
