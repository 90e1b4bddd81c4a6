using Microsoft.Extensions.Options;
using OcppCsms.SharedKernel.Startup;

namespace OcppCsms.SharedKernel.Persistence;

internal sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        var failures = new List<string>();
        if (!Enum.TryParse<DatabaseProvider>(options.Provider, ignoreCase: true, out var provider) || int.TryParse(options.Provider, out _))
        {
            failures.Add($"Database:Provider must be one of {string.Join(", ", Enum.GetNames<DatabaseProvider>())} (got '{options.Provider}').");
        }
        else if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add($"ConnectionStrings:{DatabaseOptions.ConnectionStringName} is required when Database:Provider is {provider}.");
        }
        else
        {
            var error = DatabaseConnectionString.Validate(provider, options.ConnectionString);
            if (error is not null)
            {
                failures.Add($"ConnectionStrings:{DatabaseOptions.ConnectionStringName} is not a valid {provider} connection string: {error}");
            }
        }

        failures.AddUnlessBetween("Database:CommandTimeoutSeconds", options.CommandTimeoutSeconds, 1, 3600);
        failures.AddUnlessBetween("Database:SqliteBusyTimeoutMilliseconds", options.SqliteBusyTimeoutMilliseconds, 0, 600_000);

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
