using System.Collections.Frozen;

namespace OcppCsms.Ocpp.Protocol.Messages;

/// <summary>
/// Every action of one OCPP version with its request and response records: what the dispatcher checks an incoming
/// action against, and what validates a payload sent or received by action name (raw passthrough, CALLRESULTs).
/// Actions are case-sensitive (OCPP-J 1.6 §4.2.1, OCPP 2.0.1 part 4 §4.2.1).
/// </summary>
public sealed class OcppMessageCatalog
{
    private readonly FrozenDictionary<string, OcppMessageType> _byAction;

    public OcppMessageCatalog(OcppVersion version, IEnumerable<OcppMessageType> messages)
    {
        Version = version;
        _byAction = messages.ToFrozenDictionary(m => m.Action, StringComparer.Ordinal);
    }

    public OcppVersion Version { get; }

    public IEnumerable<OcppMessageType> All => _byAction.Values;

    public bool TryGet(string action, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out OcppMessageType? message) =>
        _byAction.TryGetValue(action, out message);

    /// <summary>Whether a station of this version may send <paramref name="action"/> as a CALL.</summary>
    public bool IsStationAction(string action) => TryGet(action, out var message) && message.SentBy != MessageSender.Csms;

    /// <summary>The action, when the CSMS may send it as a CALL to a station of this version.</summary>
    public bool TryGetCsmsAction(string action, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out OcppMessageType? message) =>
        TryGet(action, out message) && message.SentBy != MessageSender.Station;

    public static OcppMessageCatalog For(OcppVersion version) => version == OcppVersion.V16 ? V16.V16Messages.Catalog : V201.V201Messages.Catalog;
}
