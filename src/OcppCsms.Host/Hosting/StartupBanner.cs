using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace OcppCsms.Host.Hosting;

/// <summary>The lines a newcomer needs once the server listens: where, the Swagger UI, the station URL and who signs in.</summary>
internal static partial class StartupBanner
{
    public static void Register(WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToArray() ?? [];
            var browsable = addresses.Select(Browsable).ToArray();
            var first = browsable.FirstOrDefault() ?? "http://localhost:5000";
            var stations = first.Replace("https://", "wss://", StringComparison.Ordinal).Replace("http://", "ws://", StringComparison.Ordinal);
            var admin = app.Configuration["Admin:Username"] ?? "admin";
            LogStarted(app.Logger, ProductInfo.Name, ProductInfo.Version, string.Join(", ", addresses));
            LogWhere(app.Logger, $"{first}/swagger", $"{stations}/ocpp/{{stationId}}", $"{first}/health");
            LogSignIn(app.Logger, admin);
        });
    }

    // Kestrel reports wildcard bindings ("http://[::]:8080", "http://+:8080"); a browser needs a host name.
    private static string Browsable(string address)
    {
        var uri = new UriBuilder(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (uri.Host is "[::]" or "::" or "0.0.0.0")
        {
            uri.Host = "localhost";
        }

        return uri.Uri.GetLeftPart(UriPartial.Authority);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Product} {Version} listening on {Addresses}")]
    private static partial void LogStarted(ILogger logger, string product, string version, string addresses);

    [LoggerMessage(Level = LogLevel.Information, Message = "Swagger UI: {SwaggerUrl} · stations connect to {OcppUrl} · health: {HealthUrl}")]
    private static partial void LogWhere(ILogger logger, string swaggerUrl, string ocppUrl, string healthUrl);

    [LoggerMessage(Level = LogLevel.Information, Message = "Operators sign in as '{Admin}' (first start: the generated password is printed above, or set Admin:Password)")]
    private static partial void LogSignIn(ILogger logger, string admin);
}
