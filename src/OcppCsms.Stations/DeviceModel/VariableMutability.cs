namespace OcppCsms.Stations.DeviceModel;

/// <summary>Whether an attribute may be read, written or both (OCPP 2.0.1 part 2 §3.58 MutabilityEnumType).</summary>
internal enum VariableMutability
{
    ReadOnly,
    WriteOnly,
    ReadWrite,
}
