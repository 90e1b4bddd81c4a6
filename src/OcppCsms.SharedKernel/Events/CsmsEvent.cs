namespace OcppCsms.SharedKernel.Events;

/// <summary>
/// Something that happened in the CSMS, as operators see it live (event streams, webhooks). Serialised with
/// System.Text.Json as <c>{"id","type","occurredAt","stationId","data"}</c>.
/// </summary>
/// <param name="Id">A version 7 Guid (RFC 9562 §5.7): unique, so consumers can deduplicate, and ordered by its millisecond.</param>
/// <param name="Type">One of <see cref="CsmsEventTypes"/>.</param>
/// <param name="OccurredAt">UTC.</param>
/// <param name="StationId">The station it concerns, if any.</param>
/// <param name="Data">
/// The event's facts, keyed in camelCase like the rest of the API. Values must serialise with System.Text.Json
/// (strings, numbers, booleans, enums, DateTime, records, lists); the dictionary must not change once published,
/// because every subscriber reads the same instance.
/// </param>
public sealed record CsmsEvent(Guid Id, string Type, DateTime OccurredAt, string? StationId, IReadOnlyDictionary<string, object?> Data);
