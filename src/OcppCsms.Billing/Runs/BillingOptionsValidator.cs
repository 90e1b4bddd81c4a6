using Microsoft.Extensions.Options;
using OcppCsms.SharedKernel.Startup;

namespace OcppCsms.Billing.Runs;

internal sealed class BillingOptionsValidator : IValidateOptions<BillingOptions>
{
    public ValidateOptionsResult Validate(string? name, BillingOptions options)
    {
        var failures = new List<string>();
        failures.AddUnlessBetween($"{BillingOptions.SectionName}:ScanIntervalSeconds", options.ScanIntervalSeconds, 1, 86_400);
        failures.AddUnlessBetween($"{BillingOptions.SectionName}:RetryBaseSeconds", options.RetryBaseSeconds, 1, 86_400);
        failures.AddUnlessBetween($"{BillingOptions.SectionName}:RetryMaxSeconds", options.RetryMaxSeconds, 1, 604_800);
        failures.AddUnlessBetween($"{BillingOptions.SectionName}:CostUpdatedIntervalSeconds", options.CostUpdatedIntervalSeconds, 0, 86_400);
        if (options.RetryMaxSeconds < options.RetryBaseSeconds)
        {
            failures.Add($"{BillingOptions.SectionName}:RetryMaxSeconds must not be less than {BillingOptions.SectionName}:RetryBaseSeconds " +
                         $"(got {options.RetryMaxSeconds} and {options.RetryBaseSeconds}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
