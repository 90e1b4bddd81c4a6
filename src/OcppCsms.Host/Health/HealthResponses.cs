namespace OcppCsms.Host.Health;

internal sealed record LiveResponse(string Status);

internal sealed record ReadyResponse(string Status);

internal sealed record DatabaseHealth(string Provider, string Status, string? Error);

internal sealed record HealthResponse(
    string Status,
    string Version,
    DateTime StartedAt,
    double UptimeSeconds,
    DatabaseHealth Database,
    int ConnectedStations);
