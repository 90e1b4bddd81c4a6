using Microsoft.Extensions.Options;
using OcppCsms.SharedKernel.Startup;

namespace OcppCsms.Host.Hosting;

internal sealed class CsmsHostOptionsValidator : IValidateOptions<CsmsHostOptions>
{
    public ValidateOptionsResult Validate(string? name, CsmsHostOptions options)
    {
        var failures = new List<string>();
        failures.AddUnlessBetween("Host:ShutdownTimeoutSeconds", options.ShutdownTimeoutSeconds, 1, 600);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
