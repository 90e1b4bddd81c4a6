using Microsoft.Data.Sqlite;
using OcppCsms.SharedKernel.Persistence;
using OcppCsms.SharedKernel.Startup;

namespace OcppCsms.SharedKernel.Tests;

public sealed class DatabaseConnectionStringTests
{
    [Fact]
    public void A_relative_sqlite_file_is_made_absolute_and_its_folder_created()
    {
        var root = Directory.CreateTempSubdirectory("csms-unit-").FullName;
        var previous = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = root;
            var normalized = DatabaseConnectionString.Normalize(DatabaseProvider.Sqlite, "Data Source=nested/deeper/csms.db;Cache=Shared");

            var builder = new SqliteConnectionStringBuilder(normalized);
            Assert.Equal(Path.Combine(root, "nested", "deeper", "csms.db"), builder.DataSource);
            Assert.Equal(SqliteCacheMode.Shared, builder.Cache);
            Assert.True(Directory.Exists(Path.Combine(root, "nested", "deeper")));
        }
        finally
        {
            Environment.CurrentDirectory = previous;
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void An_in_memory_database_and_postgres_strings_are_left_alone()
    {
        Assert.Equal("Data Source=:memory:", DatabaseConnectionString.Normalize(DatabaseProvider.Sqlite, "Data Source=:memory:"));
        Assert.Equal("Host=db;Database=csms", DatabaseConnectionString.Normalize(DatabaseProvider.Postgres, "Host=db;Database=csms"));
    }

    [Fact]
    public void A_folder_that_cannot_be_created_is_a_startup_error_naming_the_key()
    {
        var error = Assert.Throws<StartupException>(() => DatabaseConnectionString.Normalize(DatabaseProvider.Sqlite, "Data Source=/proc/no-such-dir/csms.db"));

        Assert.StartsWith("ConnectionStrings:Csms: cannot create the folder of the SQLite file /proc/no-such-dir/csms.db", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_description_never_contains_the_password()
    {
        var description = DatabaseConnectionString.Describe(DatabaseProvider.Postgres, "Host=db;Port=5433;Database=csms;Username=csms;Password=hunter2-secret");

        Assert.Equal("PostgreSQL database 'csms' on db:5433 as 'csms'", description);
        Assert.DoesNotContain("hunter2", description, StringComparison.Ordinal);
    }
}
