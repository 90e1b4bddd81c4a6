using OcppCsms.Ocpp.Protocol.Messages;
using static OcppCsms.Ocpp.Protocol.Messages.MessageSender;

namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>The actions of OCPP 1.6 edition 2 (all feature profiles, §5 and §6) and of the 1.6 security whitepaper.</summary>
public static class V16Messages
{
    private static readonly V16JsonContext Json = V16JsonContext.Default;

    public static readonly OcppMessageCatalog Catalog = new(OcppVersion.V16,
    [
        new("Heartbeat", Station, Json.HeartbeatRequest, Json.HeartbeatResponse),
    ]);
}
