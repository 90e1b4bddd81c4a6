namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.37 RelativeTimeIntervalType: A time interval relative to now, in seconds, used by sales
/// tariff entries.
/// </summary>
public sealed record RelativeTimeIntervalType
{
    /// <summary>Start of the interval, in seconds from now.</summary>
    public required int Start { get; init; }

    /// <summary>Duration of the interval, in seconds.</summary>
    public int? Duration { get; init; }

    public CustomDataType? CustomData { get; init; }
}
