using FluentValidation;

namespace OcppCsms.Ocpp.Server.Commands;

/// <summary>
/// The field rules command bodies share. They check what a body means; the OCPP schema of the station's version (string
/// lengths, which differ between versions) is checked by <see cref="CommandCaller"/> before anything is sent.
/// </summary>
internal static class CommandRules
{
    /// <summary>OCPP 1.6 connectors that take a transaction, and 2.0.1 EVSEs, are numbered from 1.</summary>
    public static IRuleBuilderOptions<T, int?> ConnectorOrEvse<T>(this IRuleBuilder<T, int?> rule) => rule.GreaterThan(0);

    /// <summary>Retries and retry intervals (seconds): absent leaves them to the station, never negative.</summary>
    public static IRuleBuilderOptions<T, int?> Attempts<T>(this IRuleBuilder<T, int?> rule) => rule.GreaterThanOrEqualTo(0);

    /// <summary>Where a station uploads to or downloads from: an absolute URI with its scheme (ftp, ftps, http, https).</summary>
    public static IRuleBuilderOptions<T, string?> Location<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().Must(location => Uri.TryCreate(location, UriKind.Absolute, out _))
            .WithMessage("'{PropertyName}' must be an absolute URI, such as ftp://host/path.");

    /// <summary>A time window whose end is not before its start.</summary>
    public static IRuleBuilderOptions<T, DateTime?> NotBefore<T>(this IRuleBuilder<T, DateTime?> rule, Func<T, DateTime?> start, string startName) =>
        rule.Must((body, end) => end is null || start(body) is not { } from || end >= from).WithMessage($"'{{PropertyName}}' must not be before '{startName}'.");

    /// <summary>OCPP 2.0.1 severities: 0 (Danger) to 9 (Debug) (part 2 §2.42 SetMonitoringDataType, §1.54.1 SetMonitoringLevelRequest).</summary>
    public static IRuleBuilderOptions<T, int?> Severity<T>(this IRuleBuilder<T, int?> rule) => rule.InclusiveBetween(0, 9);
}
