using System.Data.Common;
using System.Numerics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace OcppCsms.SharedKernel.Persistence;

/// <summary>
/// What <see cref="BulkInsert"/> needs to know of one entity type, read once from the model and kept on it as a runtime
/// annotation (a model belongs to one provider): the delimited table and column names and each column's conversion.
/// </summary>
internal sealed class BulkTable
{
    /// <summary>
    /// Rows per SQLite statement. Microsoft.Data.Sqlite binds parameters by name and SQLite finds a name by a linear
    /// search, so binding costs grow with the square of the parameters in one statement: a short statement re-used many
    /// times beats one long one. Far below SQLite's limit of 32,766 parameters.
    /// </summary>
    private const int SqliteRowsPerStatement = 32;

    private const string AnnotationName = "OcppCsms:BulkTable";

    private readonly string _insertPrefix;

    private BulkTable(IEntityType entityType, ISqlGenerationHelper sql)
    {
        var storeObject = StoreColumn.Table(entityType);
        Columns = entityType.GetProperties()
            .Where(p => !IsStoreGenerated(p))
            .Select(p => new StoreColumn(p, storeObject, sql))
            .ToList();

        var table = sql.DelimitIdentifier(storeObject.Name, storeObject.Schema);
        var columns = string.Join(", ", Columns.Select(c => c.DelimitedName));
        _insertPrefix = $"INSERT INTO {table} ({columns}) VALUES ";
        CopyCommand = $"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY)";
        RowsPerStatement = SqliteRowsPerStatement;
    }

    public IReadOnlyList<StoreColumn> Columns { get; }

    public string CopyCommand { get; }

    public int RowsPerStatement { get; }

    public static BulkTable For(DbContext context, Type rowType)
    {
        var entityType = context.Model.FindEntityType(rowType)
            ?? throw new InvalidOperationException($"{rowType.Name} is not an entity type of {context.GetType().Name}.");
        return entityType.GetOrAddRuntimeAnnotationValue(
            AnnotationName, static args => new BulkTable(args.Type, args.Sql), (Type: entityType, Sql: context.GetService<ISqlGenerationHelper>()));
    }

    /// <summary>An <c>INSERT</c> of <paramref name="rows"/> rows, its parameters typed as EF types them, values to be set.</summary>
    public DbCommand CreateInsert(DbConnection connection, DbTransaction transaction, int rows)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var text = new StringBuilder(_insertPrefix);
        for (var row = 0; row < rows; row++)
        {
            text.Append(row == 0 ? "(" : ", (");
            for (var c = 0; c < Columns.Count; c++)
            {
                var name = $"@p{(row * Columns.Count) + c}";
                text.Append(c == 0 ? name : ", " + name);
                command.Parameters.Add(Columns[c].CreateParameter(command, name));
            }

            text.Append(')');
        }

        command.CommandText = text.ToString();
        return command;
    }

    /// <summary>An integer key the database numbers (identity, autoincrement): never written, as EF leaves it out too.</summary>
    private static bool IsStoreGenerated(IProperty property) =>
        property.ValueGenerated.HasFlag(ValueGenerated.OnAdd) && property.IsPrimaryKey()
        && property.ClrType.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IBinaryInteger<>));
}
