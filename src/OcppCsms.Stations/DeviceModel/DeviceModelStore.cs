using Microsoft.EntityFrameworkCore;
using OcppCsms.Stations.Persistence;

namespace OcppCsms.Stations.DeviceModel;

/// <summary>
/// Keeps a 2.0.1 station's device model as the CSMS last learnt it, one row per variable attribute. Component and
/// variable names and instances are case-insensitive (OCPP 2.0.1 part 2 §2.16, §2.53): a reported attribute matches its
/// stored row whatever its case, so a station's device model (hundreds to a few thousand attributes) is matched in
/// memory per message rather than by a case-sensitive unique index.
/// </summary>
internal sealed class DeviceModelStore(IDbContextFactory<StationsDbContext> contexts, TimeProvider clock)
{
    /// <summary>What a secret's row shows instead of its value.</summary>
    public const string Masked = "***";

    /// <summary>
    /// One NotifyReport part (B07.FR.03/B08.FR.03: each part carries some of the report's reportData; <c>tbc</c> and <c>seqNo</c> (B07.FR.10)
    /// order them, and each part is kept as it comes, so a report cut short still keeps what arrived).
    /// </summary>
    public async Task RecordReportAsync(string stationId, int requestId, IReadOnlyList<ReportedVariable> variables, CancellationToken cancellationToken)
    {
        if (variables.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await LoadAsync(db, stationId, cancellationToken);
        foreach (var variable in variables)
        {
            foreach (var attribute in variable.Attributes)
            {
                var row = Row(db, stored, stationId, variable.Address, attribute.Type);
                row.Value = Keepable(variable.Address, attribute.Value);
                row.Mutability = attribute.Mutability ?? VariableMutability.ReadWrite;
                row.Persistent = attribute.Persistent ?? false;
                row.Constant = attribute.Constant ?? false;
                row.Unit = variable.Characteristics?.Unit;
                row.DataType = variable.Characteristics?.DataType;
                row.MinLimit = variable.Characteristics?.MinLimit;
                row.MaxLimit = variable.Characteristics?.MaxLimit;
                row.ValuesList = variable.Characteristics?.ValuesList;
                row.SupportsMonitoring = variable.Characteristics?.SupportsMonitoring;
                row.Source = VariableSource.NotifyReport;
                row.ReportRequestId = requestId;
                row.UpdatedAt = now;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Values a station read or applied (B06 GetVariables, B05 SetVariables): the value changes, what a report said of the attribute stays.</summary>
    public async Task RecordValuesAsync(string stationId, VariableSource source, IReadOnlyList<KnownValue> values, CancellationToken cancellationToken)
    {
        if (values.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await LoadAsync(db, stationId, cancellationToken);
        foreach (var value in values)
        {
            var row = Row(db, stored, stationId, value.Address, value.Type);
            row.Value = Keepable(value.Address, value.Value);
            row.Source = source;
            row.ReportRequestId = null;
            row.UpdatedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static string? Keepable(VariableAddress address, string? value) => address.IsBasicAuthPassword && value is not null ? Masked : value;

    private static async Task<Dictionary<RowKey, DeviceVariable>> LoadAsync(StationsDbContext db, string stationId, CancellationToken cancellationToken) =>
        await db.DeviceVariables.Where(v => v.StationId == stationId)
            .ToDictionaryAsync(v => RowKey.Of(new VariableAddress(v.ComponentName, v.ComponentInstance, v.EvseId, v.ConnectorId, v.VariableName, v.VariableInstance), v.AttributeType),
                cancellationToken);

    private static DeviceVariable Row(StationsDbContext db, Dictionary<RowKey, DeviceVariable> stored, string stationId, VariableAddress address, VariableAttribute type)
    {
        var key = RowKey.Of(address, type);
        if (!stored.TryGetValue(key, out var row))
        {
            row = new DeviceVariable
            {
                StationId = stationId,
                ComponentName = address.ComponentName,
                ComponentInstance = address.ComponentInstance,
                EvseId = address.EvseId,
                ConnectorId = address.ConnectorId,
                VariableName = address.VariableName,
                VariableInstance = address.VariableInstance,
                AttributeType = type,
            };
            db.DeviceVariables.Add(row);
            stored[key] = row;
        }

        return row;
    }

    /// <summary>An attribute's identity with names upper-cased, so that case does not make two rows of one attribute.</summary>
    private readonly record struct RowKey(string Component, string? ComponentInstance, int? EvseId, int? ConnectorId, string Variable, string? VariableInstance, VariableAttribute Type)
    {
        public static RowKey Of(VariableAddress address, VariableAttribute type) => new(
            address.ComponentName.ToUpperInvariant(), address.ComponentInstance?.ToUpperInvariant(), address.EvseId, address.ConnectorId,
            address.VariableName.ToUpperInvariant(), address.VariableInstance?.ToUpperInvariant(), type);
    }
}
