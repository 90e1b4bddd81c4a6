using Microsoft.Extensions.Hosting;

namespace OcppCsms.Ocpp.Server.Sessions;

/// <summary>
/// Closes station sessions when the host begins to stop. It must run in the Stopping phase: Kestrel's own stop
/// waits for open requests, and an open WebSocket is one, so closing later would only wait out the timeout.
/// </summary>
internal sealed class SessionShutdownService(StationSessionRegistry registry) : IHostedLifecycleService
{
    public Task StoppingAsync(CancellationToken cancellationToken) => registry.CloseAllAsync("CSMS shutting down", cancellationToken);

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
