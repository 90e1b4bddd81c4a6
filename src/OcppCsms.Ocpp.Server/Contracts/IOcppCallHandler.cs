using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.Framing;

namespace OcppCsms.Ocpp.Server.Contracts;

/// <summary>
/// Handles one action of one OCPP version sent by stations. Modules implement it in their <c>Ocpp/V16</c> and
/// <c>Ocpp/V201</c> folders (usually through <see cref="Dispatch.OcppCallHandler{TRequest, TResponse}"/>) and register it
/// as a singleton <see cref="IOcppCallHandler"/>; the dispatcher finds it by (version, action).
/// </summary>
public interface IOcppCallHandler
{
    OcppVersion Version { get; }

    string Action { get; }

    ValueTask<OcppCallResult> HandleAsync(OcppCall call, CancellationToken cancellationToken);
}

/// <summary>A CALL from a station: who sent it, and its payload (valid only until the handler returns).</summary>
public sealed record OcppCall(string StationId, OcppVersion Version, string MessageId, string Action, ReadOnlyMemory<byte> Payload);

/// <summary>The answer to a CALL: a CALLRESULT payload, or a CALLERROR.</summary>
public abstract record OcppCallResult
{
    public sealed record Result(byte[] PayloadJson) : OcppCallResult;

    public sealed record Error(OcppErrorCode Code, string Description) : OcppCallResult;
}
