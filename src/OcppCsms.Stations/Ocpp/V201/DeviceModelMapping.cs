using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Stations.DeviceModel;

namespace OcppCsms.Stations.Ocpp.V201;

/// <summary>The 2.0.1 device model types (part 2 §2.16, §2.38, §2.50, §2.51, §2.53) in the store's version-neutral terms.</summary>
internal static class DeviceModelMapping
{
    public static VariableAddress Address(ComponentType component, VariableType variable) =>
        new(component.Name, component.Instance, component.Evse?.Id, component.Evse?.ConnectorId, variable.Name, variable.Instance);

    /// <summary>Absent means Actual (part 2 §2.25, §2.44, §2.50).</summary>
    public static VariableAttribute Attribute(AttributeEnumType? type) => (VariableAttribute)(int)(type ?? AttributeEnumType.Actual);

    public static ReportedVariable Reported(ReportDataType data) => new(
        Address(data.Component, data.Variable),
        data.VariableAttribute.Select(a => new ReportedAttribute(
            Attribute(a.Type), a.Value, a.Mutability is { } mutability ? (VariableMutability)(int)mutability : null, a.Persistent, a.Constant)).ToList(),
        data.VariableCharacteristics is { } c
            ? new VariableCharacteristics(c.Unit, c.DataType.ToString(), c.MinLimit, c.MaxLimit, c.ValuesList, c.SupportsMonitoring)
            : null);
}
