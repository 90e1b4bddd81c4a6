using Microsoft.Extensions.Options;

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

        if (options.CommandTimeoutSeconds is < 1 or > 3600)
        {
            failures.Add($"Database:CommandTimeoutSeconds must be between 1 and 3600 (got {options.CommandTimeoutSeconds}).");
        }

        if (options.SqliteBusyTimeoutMilliseconds is < 0 or > 600_000)
        {
            failures.Add($"Database:SqliteBusyTimeoutMilliseconds must be between 0 and 600000 (got {options.SqliteBusyTimeoutMilliseconds}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
