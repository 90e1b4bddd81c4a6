using Microsoft.EntityFrameworkCore;

namespace OcppCsms.SharedKernel.Persistence;

/// <summary>
/// Base of every module's DbContext: the conventions that keep the two providers alike. Timestamps are UTC
/// <see cref="DateTime"/> (PostgreSQL timestamptz demands UTC; SQLite returns Unspecified otherwise), and tables and
/// columns are snake_case so that they read naturally in psql without quoting.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Conventions.Add(_ => new SnakeCaseColumnConvention());
    }
}
