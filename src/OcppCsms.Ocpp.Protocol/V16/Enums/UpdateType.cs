namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.48 UpdateType: whether SendLocalList.req replaces the local list (Full) or changes it (Differential).</summary>
public enum UpdateType
{
    Differential,
    Full,
}
