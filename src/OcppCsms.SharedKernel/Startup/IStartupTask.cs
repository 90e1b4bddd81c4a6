namespace OcppCsms.SharedKernel.Startup;

/// <summary>
/// Work a module must finish after the database is migrated and before the server accepts connections
/// (seeding the first operator, loading signing keys). Tasks run once, in registration order.
/// </summary>
public interface IStartupTask
{
    Task RunAsync(CancellationToken cancellationToken);
}
