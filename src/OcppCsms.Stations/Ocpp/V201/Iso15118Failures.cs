using Microsoft.Extensions.Logging;
using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Stations.Certificates;

namespace OcppCsms.Stations.Ocpp.V201;

/// <summary>How a failed ISO 15118 certificate request is answered and logged, the same for every M action.</summary>
internal static partial class Iso15118Failures
{
    /// <summary>StatusInfoType bounds: reasonCode string[0..20], additionalInfo string[0..512].</summary>
    private const int ReasonCodeMaxLength = 20;

    private const int AdditionalInfoMaxLength = 512;

    public static StatusInfoType StatusInfo(Iso15118CertificateResult result) => new()
    {
        ReasonCode = Truncate(result.ReasonCode ?? "Failed", ReasonCodeMaxLength),
        AdditionalInfo = result.Failure is { } failure ? Truncate(failure, AdditionalInfoMaxLength) : null,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Action} of station {StationId} answered Failed: {Failure}")]
    public static partial void Log(ILogger logger, string action, string stationId, string? failure);

    private static string Truncate(string text, int maxLength) => text.Length <= maxLength ? text : text[..maxLength];
}
