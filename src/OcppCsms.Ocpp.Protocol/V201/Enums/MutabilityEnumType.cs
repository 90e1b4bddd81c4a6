namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.58 MutabilityEnumType: Whether a variable attribute may be read, written or both. Absent
/// means ReadWrite.
/// </summary>
public enum MutabilityEnumType
{
    ReadOnly,
    WriteOnly,
    ReadWrite,
}
