namespace OcppCsms.Stations.DeviceModel;

/// <summary>What last told the CSMS a device model row's value.</summary>
internal enum VariableSource
{
    /// <summary>A NotifyReport part (B07/B08), of the report named by <see cref="DeviceVariable.ReportRequestId"/>.</summary>
    NotifyReport,

    /// <summary>An Accepted GetVariableResult (B06).</summary>
    GetVariables,

    /// <summary>An Accepted (or RebootRequired) SetVariableResult (B05).</summary>
    SetVariables,
}
