namespace OcppCsms.SharedKernel.Persistence;

/// <summary>The database engines the CSMS runs on. Both are tested on every build.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
