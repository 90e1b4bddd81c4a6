using OcppCsms.SharedKernel.Persistence;

namespace OcppCsms.SharedKernel.Tests;

public sealed class DatabaseOptionsValidatorTests
{
    private readonly DatabaseOptionsValidator _validator = new();

    [Theory]
    [InlineData("Sqlite", "Data Source=data/csms.db")]
    [InlineData("sqlite", "Data Source=:memory:")]
    [InlineData("Postgres", "Host=db.internal;Database=csms;Username=csms;Password=secret")]
    [InlineData("POSTGRES", "Host=127.0.0.1;Port=5433;Database=csms")]
    public void Valid_provider_and_connection_string_pass(string provider, string connectionString) =>
        Assert.True(_validator.Validate(null, new DatabaseOptions { Provider = provider, ConnectionString = connectionString }).Succeeded);

    [Theory]
    [InlineData("Oracle", "Data Source=x.db", "Database:Provider must be one of Sqlite, Postgres (got 'Oracle').")]
    [InlineData("1", "Data Source=x.db", "Database:Provider must be one of Sqlite, Postgres (got '1').")]
    [InlineData("Postgres", null, "ConnectionStrings:Csms is required when Database:Provider is Postgres.")]
    [InlineData("Postgres", "Database=csms", "ConnectionStrings:Csms is not a valid Postgres connection string: it names no Host.")]
    [InlineData("Sqlite", "Data Source=", "ConnectionStrings:Csms is not a valid Sqlite connection string: it names no Data Source.")]
    public void Each_failure_names_the_key_and_the_bad_value(string provider, string? connectionString, string message)
    {
        var result = _validator.Validate(null, new DatabaseOptions { Provider = provider, ConnectionString = connectionString });

        Assert.True(result.Failed);
        Assert.Equal([message], result.Failures);
    }

    [Fact]
    public void An_unknown_connection_string_keyword_is_reported_with_the_parser_message()
    {
        var result = _validator.Validate(null, new DatabaseOptions { Provider = "Postgres", ConnectionString = "Host=x;Colour=blue" });

        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("ConnectionStrings:Csms is not a valid Postgres connection string: ", failure, StringComparison.Ordinal);
        Assert.Contains("colour", failure, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(0, 5000, "Database:CommandTimeoutSeconds must be between 1 and 3600 (got 0).")]
    [InlineData(30, -1, "Database:SqliteBusyTimeoutMilliseconds must be between 0 and 600000 (got -1).")]
    public void Timeouts_are_bounded(int commandTimeout, int busyTimeout, string message)
    {
        var options = new DatabaseOptions { ConnectionString = "Data Source=x.db", CommandTimeoutSeconds = commandTimeout, SqliteBusyTimeoutMilliseconds = busyTimeout };

        Assert.Equal([message], _validator.Validate(null, options).Failures);
    }
}
