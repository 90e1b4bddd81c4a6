using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace OcppCsms.SharedKernel.Persistence;

/// <summary>One column of a <see cref="BulkTable"/>: where its value comes from and how EF converts it for the provider.</summary>
internal sealed class BulkColumn
{
    private readonly IClrPropertyGetter _getter;
    private readonly RelationalTypeMapping _mapping;
    private readonly bool _nullable;

    public BulkColumn(IProperty property, StoreObjectIdentifier table, ISqlGenerationHelper sql)
    {
        if (property.IsShadowProperty())
        {
            throw new InvalidOperationException($"{property.DeclaringType.DisplayName()}.{property.Name} is a shadow property; bulk inserts write CLR properties only.");
        }

        _getter = property.GetGetter();
        _mapping = (RelationalTypeMapping)property.GetTypeMapping();
        _nullable = property.IsColumnNullable(table);
        DelimitedName = sql.DelimitIdentifier(property.GetColumnName(table)!);
        StoreTypeName = _mapping.StoreTypeNameBase;
    }

    public string DelimitedName { get; }

    /// <summary>The column's type without facets ("character varying", not "character varying(48)"), as PostgreSQL names it.</summary>
    public string StoreTypeName { get; }

    /// <summary>The row's value as the provider stores it (after the model's value converter); null for SQL NULL.</summary>
    public object? ProviderValue(object row) =>
        _getter.GetClrValue(row) is { } value ? _mapping.Converter?.ConvertToProvider(value) ?? value : null;

    /// <summary>A parameter typed as EF types this column's parameters (DbType, provider type), without a value yet.</summary>
    public DbParameter CreateParameter(DbCommand command, string name) => _mapping.CreateParameter(command, name, null, _nullable);
}
