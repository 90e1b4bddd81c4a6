using OcppCsms.Ocpp.Protocol.Messages;
using static OcppCsms.Ocpp.Protocol.Messages.MessageSender;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>The actions of OCPP 2.0.1 edition 3 (part 2 §1, the messages of every functional block).</summary>
public static class V201Messages
{
    private static readonly V201JsonContext Json = V201JsonContext.Default;

    public static readonly OcppMessageCatalog Catalog = new(OcppVersion.V201,
    [
        // A Security
        // B Provisioning
        new("Heartbeat", Station, Json.HeartbeatRequest, Json.HeartbeatResponse),
        // C Authorization
        // E Transactions
        // F Remote control
        // G Availability
        // H Reservation
        // I Tariff and cost
        // J Meter values
        // K Smart charging
        // L Firmware management
        // N Diagnostics
        // O Display message
        // P Data transfer
    ]);
}
