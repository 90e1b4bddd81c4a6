namespace OcppCsms.Stations.DeviceModel;

/// <summary>Which attribute of a variable a row holds (OCPP 2.0.1 part 2 §3.2 AttributeEnumType; absent on the wire means Actual).</summary>
internal enum VariableAttribute
{
    Actual,
    Target,
    MinSet,
    MaxSet,
}
