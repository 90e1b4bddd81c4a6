using Microsoft.Extensions.Options;
using OcppCsms.Stations.Authentication;

namespace OcppCsms.Stations;

internal sealed class StationsOptionsValidator : IValidateOptions<StationsOptions>
{
    public ValidateOptionsResult Validate(string? name, StationsOptions options) =>
        Enum.TryParse<UnknownStationPolicy>(options.UnknownStations, ignoreCase: true, out _) && !int.TryParse(options.UnknownStations, out _)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{StationsOptions.SectionName}:UnknownStations must be one of {string.Join(", ", Enum.GetNames<UnknownStationPolicy>())} (got '{options.UnknownStations}').");
}
