using Microsoft.Extensions.Options;
using OcppCsms.SharedKernel.Startup;

namespace OcppCsms.Stations.Boot;

internal sealed class BootOptionsValidator : IValidateOptions<BootOptions>
{
    public ValidateOptionsResult Validate(string? name, BootOptions options)
    {
        var failures = new List<string>();
        failures.AddUnlessBetween($"{BootOptions.SectionName}:HeartbeatIntervalSeconds", options.HeartbeatIntervalSeconds, 1, 86_400);
        failures.AddUnlessBetween($"{BootOptions.SectionName}:BootRetryIntervalSeconds", options.BootRetryIntervalSeconds, 1, 86_400);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
