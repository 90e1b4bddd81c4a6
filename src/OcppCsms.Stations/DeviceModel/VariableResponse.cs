using OcppCsms.Stations.Configuration;

namespace OcppCsms.Stations.DeviceModel;

/// <summary>
/// One variable attribute of a station, in one shape for both versions. A 2.0.1 station's rows are its device model; a
/// 1.6 station's are its configuration keys (OCPP 1.6 §9): <c>component</c> null, <c>variable</c> the key,
/// <c>attributeType</c> Actual, <c>mutability</c> ReadOnly or ReadWrite from the key's readonly flag (null until a
/// GetConfiguration read it), <c>source</c> GetConfiguration or ChangeConfiguration, whichever came last.
/// </summary>
/// <param name="Value">Null when unknown or write-only; "***" for a secret (SecurityCtrlr.BasicAuthPassword).</param>
/// <param name="ReportRequestId">The GetBaseReport/GetReport requestId of the NotifyReport that reported the row last.</param>
internal sealed record VariableResponse(
    string? Component, string? ComponentInstance, int? EvseId, int? ConnectorId, string Variable, string? VariableInstance, string AttributeType,
    string? Value, string? Mutability, bool? Persistent, bool? Constant, CharacteristicsResponse? Characteristics, string Source, int? ReportRequestId,
    DateTime? UpdatedAt)
{
    public static VariableResponse From(DeviceVariable row) => new(
        row.ComponentName, row.ComponentInstance, row.EvseId, row.ConnectorId, row.VariableName, row.VariableInstance, row.AttributeType.ToString(),
        row.Value, row.Mutability?.ToString(), row.Persistent, row.Constant,
        row.DataType is null ? null : new CharacteristicsResponse(row.Unit, row.DataType, row.MinLimit, row.MaxLimit, row.ValuesList, row.SupportsMonitoring ?? false),
        row.Source.ToString(), row.ReportRequestId, row.UpdatedAt);

    public static VariableResponse From(ConfigurationKey key)
    {
        var changedLast = key.ChangedAt is { } changed && !(key.ReadAt >= changed);
        var mutability = key.Readonly switch { true => VariableMutability.ReadOnly, false => VariableMutability.ReadWrite, null => (VariableMutability?)null };
        return new(null, null, null, null, key.Key, null, nameof(VariableAttribute.Actual), key.Value, mutability?.ToString(), null, null, null,
            changedLast ? "ChangeConfiguration" : "GetConfiguration", null, changedLast ? key.ChangedAt : key.ReadAt);
    }
}

/// <summary>The variable's characteristics (OCPP 2.0.1 part 2 §2.51), when a NotifyReport gave them.</summary>
internal sealed record CharacteristicsResponse(string? Unit, string DataType, decimal? MinLimit, decimal? MaxLimit, string? ValuesList, bool SupportsMonitoring);
