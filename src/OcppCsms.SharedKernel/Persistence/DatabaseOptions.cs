namespace OcppCsms.SharedKernel.Persistence;

/// <summary>The <c>Database</c> configuration section plus <c>ConnectionStrings:Csms</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";
    public const string ConnectionStringName = "Csms";
    public const string DefaultSqliteConnectionString = "Data Source=data/csms.db";

    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>. A string so that a typo gets our own message naming the key.</summary>
    public string Provider { get; set; } = nameof(DatabaseProvider.Sqlite);

    /// <summary>Apply pending migrations at start; operators who migrate separately set it to false and run <c>--migrate-only</c>.</summary>
    public bool MigrateOnStart { get; set; } = true;

    public int CommandTimeoutSeconds { get; set; } = 30;

    /// <summary>SQLite only: how long a writer waits for another writer's lock before failing.</summary>
    public int SqliteBusyTimeoutMilliseconds { get; set; } = 5000;

    /// <summary>Bound from <c>ConnectionStrings:Csms</c>, not from this section.</summary>
    public string? ConnectionString { get; set; }

    public DatabaseProvider ProviderKind => Enum.Parse<DatabaseProvider>(Provider, ignoreCase: true);
}
