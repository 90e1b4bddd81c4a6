using Microsoft.Extensions.Options;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.SharedKernel.Startup;

namespace OcppCsms.Ocpp.Server;

internal sealed class OcppServerOptionsValidator : IValidateOptions<OcppServerOptions>
{
    public ValidateOptionsResult Validate(string? name, OcppServerOptions options)
    {
        var failures = new List<string>();
        failures.AddUnlessBetween("Ocpp:MaxMessageBytes", options.MaxMessageBytes, OcppServerOptions.MinMessageBytes, OcppServerOptions.MaxMessageBytesLimit);

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

        failures.AddUnlessBetween("Ocpp:CallTimeoutSeconds", options.CallTimeoutSeconds, 1, 3600);
        failures.AddUnlessBetween("Ocpp:PingIntervalSeconds", options.PingIntervalSeconds, 0, 3600);
        failures.AddUnlessBetween("Ocpp:PongTimeoutSeconds", options.PongTimeoutSeconds, 1, 3600);

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
