using Microsoft.Extensions.Options;

namespace OcppCsms.Host.Security;

internal sealed class ApiLimitsOptionsValidator : IValidateOptions<ApiLimitsOptions>
{
    // Below 1 KiB not even a sign-in fits; above 1 GiB one request could hold the host's memory hostage.
    private const long Minimum = 1024;
    private const long Maximum = 1_073_741_824;

    public ValidateOptionsResult Validate(string? name, ApiLimitsOptions options) =>
        options.MaxRequestBodyBytes is < Minimum or > Maximum
            ? ValidateOptionsResult.Fail($"Api:MaxRequestBodyBytes must be between {Minimum} and {Maximum} (got {options.MaxRequestBodyBytes}).")
            : ValidateOptionsResult.Success;
}
