using OcppCsms.SharedKernel.Events;

namespace OcppCsms.Events;

/// <summary>Limits shared by stream filters and webhook filters.</summary>
internal static class EventFilterRules
{
    /// <summary>A station identity is at most 48 characters (OCPP 2.0.1 identifierString; the OCPP endpoint enforces it).</summary>
    public const int MaxStationIdLength = 48;

    public const int MaxStationIds = 100;

    public static readonly string UnknownTypeMessage = "'{PropertyValue}' is not an event type; use one of " + KnownTypes + ".";

    private static string KnownTypes => string.Join(", ", CsmsEventTypes.All.Order(StringComparer.Ordinal));

    public static string UnknownTypes(IEnumerable<string> types) =>
        $"Unknown event type {string.Join(", ", types.Where(t => !CsmsEventTypes.All.Contains(t)).Select(t => $"'{t}'"))}; use one of {KnownTypes}.";
}
