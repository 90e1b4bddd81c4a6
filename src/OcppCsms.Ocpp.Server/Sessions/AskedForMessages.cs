using OcppCsms.Ocpp.Protocol;

namespace OcppCsms.Ocpp.Server.Sessions;

/// <summary>
/// The station message a CSMS call asks for, which the registration gate lets a Pending station send once it accepted
/// the call: the requested message of a TriggerMessage (OCPP 1.6 §5.17, 2.0.1 F06) or of the 1.6 security extension's
/// ExtendedTriggerMessage, and the NotifyReport of a 2.0.1 GetBaseReport or GetReport (B02.FR.02).
/// </summary>
internal static class AskedForMessages
{
    /// <param name="request">The call's payload, as sent (already checked against its schema).</param>
    /// <returns>The action the station is asked to send, or null when the call asks for none.</returns>
    public static string? By(OcppVersion version, string action, ReadOnlySpan<byte> request) => (version, action) switch
    {
        (OcppVersion.V201, "GetBaseReport" or "GetReport") => "NotifyReport",
        (_, "TriggerMessage" or "ExtendedTriggerMessage") => JsonFields.TopLevelString(request, "requestedMessage"u8) switch
        {
            // Triggers named after what they ask for rather than after the message that answers them.
            "FirmwareStatusNotification" when action == "ExtendedTriggerMessage" => "SignedFirmwareStatusNotification",
            "SignChargePointCertificate" or "SignChargingStationCertificate" or "SignV2GCertificate" or "SignCombinedCertificate" => "SignCertificate",
            var requested => requested,
        },
        _ => null,
    };
}
