using Microsoft.Extensions.Options;
using OcppCsms.Ocpp.Protocol;

namespace OcppCsms.Ocpp.Server;

internal sealed class OcppServerOptionsValidator : IValidateOptions<OcppServerOptions>
{
    public ValidateOptionsResult Validate(string? name, OcppServerOptions options)
    {
        var failures = new List<string>();
        if (options.MaxMessageBytes is < OcppServerOptions.MinMessageBytes or > OcppServerOptions.MaxMessageBytesLimit)
        {
            failures.Add($"Ocpp:MaxMessageBytes must be between {OcppServerOptions.MinMessageBytes} and {OcppServerOptions.MaxMessageBytesLimit} (got {options.MaxMessageBytes}).");
        }

        var preference = options.SubProtocolPreference;
        if (preference.Count == 0)
        {
            failures.Add($"Ocpp:SubProtocols must name at least one of {OcppSubProtocol.V201}, {OcppSubProtocol.V16}.");
        }

        foreach (var subProtocol in preference.Where(p => !OcppSubProtocol.TryParse(p, out _)))
        {
            failures.Add($"Ocpp:SubProtocols may hold only {OcppSubProtocol.V201} and {OcppSubProtocol.V16} (got '{subProtocol}').");
        }

        if (preference.Distinct(StringComparer.Ordinal).Count() != preference.Count)
        {
            failures.Add("Ocpp:SubProtocols names a subprotocol twice.");
        }

        if (options.CallTimeoutSeconds is < 1 or > 3600)
        {
            failures.Add($"Ocpp:CallTimeoutSeconds must be between 1 and 3600 (got {options.CallTimeoutSeconds}).");
        }

        if (options.PingIntervalSeconds is < 0 or > 3600)
        {
            failures.Add($"Ocpp:PingIntervalSeconds must be between 0 (off) and 3600 (got {options.PingIntervalSeconds}).");
        }

        if (options.PongTimeoutSeconds is < 1 or > 3600)
        {
            failures.Add($"Ocpp:PongTimeoutSeconds must be between 1 and 3600 (got {options.PongTimeoutSeconds}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
