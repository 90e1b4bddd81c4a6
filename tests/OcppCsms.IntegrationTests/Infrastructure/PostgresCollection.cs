namespace OcppCsms.IntegrationTests.Infrastructure;

/// <summary>All PostgreSQL tests share one cluster, started once for the collection.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
