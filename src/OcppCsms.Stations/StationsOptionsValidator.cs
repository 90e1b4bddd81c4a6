using Microsoft.Extensions.Options;
using OcppCsms.SharedKernel.Startup;
using OcppCsms.Stations.Authentication;

namespace OcppCsms.Stations;

internal sealed class StationsOptionsValidator : IValidateOptions<StationsOptions>
{
    public ValidateOptionsResult Validate(string? name, StationsOptions options)
    {
        var failures = new List<string>();
        if (!Enum.TryParse<UnknownStationPolicy>(options.UnknownStations, ignoreCase: true, out _) || int.TryParse(options.UnknownStations, out _))
        {
            failures.Add($"{StationsOptions.SectionName}:UnknownStations must be one of {string.Join(", ", Enum.GetNames<UnknownStationPolicy>())} (got '{options.UnknownStations}').");
        }

        failures.AddUnlessBetween($"{StationsOptions.SectionName}:LastSeenFlushSeconds", options.LastSeenFlushSeconds, 1, 3600);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
