using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace OcppCsms.SharedKernel.Persistence;

/// <summary>
/// One column of an entity's table as the EF model maps it: its delimited name and how EF converts and types its values
/// for the provider. For hand-built statements on the hot paths (<see cref="BulkInsert"/>, batched updates), so that
/// names are never typed by hand and values are stored exactly as <c>SaveChanges</c> stores them.
/// </summary>
public sealed class StoreColumn
{
    private readonly IClrPropertyGetter _getter;
    private readonly RelationalTypeMapping _mapping;
    private readonly bool _nullable;

    internal StoreColumn(IProperty property, StoreObjectIdentifier table, ISqlGenerationHelper sql)
    {
        if (property.IsShadowProperty())
        {
            throw new InvalidOperationException($"{property.DeclaringType.DisplayName()}.{property.Name} is a shadow property; only CLR properties can be written this way.");
        }

        _getter = property.GetGetter();
        _mapping = (RelationalTypeMapping)property.GetTypeMapping();
        _nullable = property.IsColumnNullable(table);
        DelimitedName = sql.DelimitIdentifier(property.GetColumnName(table)!);
        DelimitedTable = sql.DelimitIdentifier(table.Name, table.Schema);
        StoreTypeName = _mapping.StoreTypeNameBase;
    }

    public string DelimitedName { get; }

    public string DelimitedTable { get; }

    /// <summary>The column's type without facets ("character varying", not "character varying(48)"), as PostgreSQL names it.</summary>
    internal string StoreTypeName { get; }

    /// <summary>The column of <typeparamref name="TEntity"/>'s property <paramref name="propertyName"/> in its table.</summary>
    public static StoreColumn Of<TEntity>(DbContext context, string propertyName)
    {
        var entityType = context.Model.FindEntityType(typeof(TEntity))
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not an entity type of {context.GetType().Name}.");
        var property = entityType.FindProperty(propertyName)
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} has no property {propertyName}.");
        return new StoreColumn(property, Table(entityType), context.GetService<ISqlGenerationHelper>());
    }

    /// <summary>A parameter holding <paramref name="value"/> (a CLR value of the property) as EF would send it.</summary>
    public DbParameter CreateParameter(DbCommand command, string name, object? value) => _mapping.CreateParameter(command, name, value, _nullable);

    internal static StoreObjectIdentifier Table(IEntityType entityType) =>
        StoreObjectIdentifier.Table(
            entityType.GetTableName() ?? throw new InvalidOperationException($"{entityType.DisplayName()} is not mapped to a table."),
            entityType.GetSchema());

    /// <summary>The row's value as the provider stores it (after the model's value converter); null for SQL NULL.</summary>
    internal object? ProviderValue(object row) =>
        _getter.GetClrValue(row) is { } value ? _mapping.Converter?.ConvertToProvider(value) ?? value : null;

    /// <summary>A parameter typed as EF types this column's parameters, its value to be set per row.</summary>
    internal DbParameter CreateParameter(DbCommand command, string name) => _mapping.CreateParameter(command, name, null, _nullable);
}
