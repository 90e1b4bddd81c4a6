using Microsoft.Extensions.Options;

namespace OcppCsms.Host.Hosting;

internal sealed class CsmsHostOptionsValidator : IValidateOptions<CsmsHostOptions>
{
    public ValidateOptionsResult Validate(string? name, CsmsHostOptions options) =>
        options.ShutdownTimeoutSeconds is < 1 or > 600
            ? ValidateOptionsResult.Fail($"Host:ShutdownTimeoutSeconds must be between 1 and 600 (got {options.ShutdownTimeoutSeconds}).")
            : ValidateOptionsResult.Success;
}
