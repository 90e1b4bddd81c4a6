using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.Framing;
using OcppCsms.Ocpp.Protocol.V16;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

/// <summary>
/// The commands in OCPP 1.6 terms (edition 2, §5 operations initiated by the Central System; the security whitepaper
/// edition 3 for its extensions), in partial files by feature profile.
/// </summary>
internal sealed partial class V16CommandAdapter(CommandCaller caller, RequestIds requestIds) : ICommandAdapter
{
    private static readonly V16JsonContext Json = V16JsonContext.Default;

    public OcppVersion Version => OcppVersion.V16;

    /// <summary>OCPP 1.6 addresses connectors only: an EVSE is a 2.0.1 notion.</summary>
    private static Task<CommandResult> NoEvses(string action) =>
        CommandCaller.Refuse(action, OcppErrorCode.PropertyConstraintViolation, "OCPP 1.6 has no EVSEs: name the connector with connectorId only.");
}
