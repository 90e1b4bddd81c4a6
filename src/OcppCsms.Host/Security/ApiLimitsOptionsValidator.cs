using Microsoft.Extensions.Options;
using OcppCsms.SharedKernel.Startup;

namespace OcppCsms.Host.Security;

internal sealed class ApiLimitsOptionsValidator : IValidateOptions<ApiLimitsOptions>
{
    // Below 1 KiB not even a sign-in fits; above 1 GiB one request could hold the host's memory hostage.
    private const long Minimum = 1024;
    private const long Maximum = 1_073_741_824;

    public ValidateOptionsResult Validate(string? name, ApiLimitsOptions options)
    {
        var failures = new List<string>();
        failures.AddUnlessBetween("Api:MaxRequestBodyBytes", options.MaxRequestBodyBytes, Minimum, Maximum);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
