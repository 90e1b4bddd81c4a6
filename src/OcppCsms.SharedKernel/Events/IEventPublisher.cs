namespace OcppCsms.SharedKernel.Events;

/// <summary>
/// Publishes live events. Safe on hot paths (OCPP message handling): it never blocks and never throws; a subscriber
/// that cannot keep up is dropped instead of slowing the publisher.
/// </summary>
public interface IEventPublisher
{
    /// <summary>Stamps a new event with a version 7 id and the current UTC time, and publishes it.</summary>
    CsmsEvent Publish(string type, string? stationId, IReadOnlyDictionary<string, object?>? data = null);

    void Publish(CsmsEvent csmsEvent);
}
