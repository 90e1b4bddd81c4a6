namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.76 SendLocalListStatusEnumType: Result of a SendLocalListRequest; VersionMismatch asks for
/// a full update.
/// </summary>
public enum SendLocalListStatusEnumType
{
    Accepted,
    Failed,
    VersionMismatch,
}
