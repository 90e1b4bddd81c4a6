using Microsoft.Extensions.Options;
using OcppCsms.SharedKernel.Startup;

namespace OcppCsms.Transactions.Model;

internal sealed class TransactionOperationsOptionsValidator : IValidateOptions<TransactionOperationsOptions>
{
    public ValidateOptionsResult Validate(string? name, TransactionOperationsOptions options)
    {
        var failures = new List<string>();
        failures.AddUnlessBetween($"{TransactionOperationsOptions.SectionName}:StaleAfterHours", options.StaleAfterHours, 1, 8760);
        failures.AddUnlessBetween($"{TransactionOperationsOptions.SectionName}:MaxPlausiblePowerKw", options.MaxPlausiblePowerKw, 1, 10_000);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
