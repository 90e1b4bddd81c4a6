using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Stations;

public static class StationsModule
{
    public static IHostApplicationBuilder AddStations(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IOcppCallHandler, Ocpp.V16.HeartbeatHandler>();
        builder.Services.AddSingleton<IOcppCallHandler, Ocpp.V201.HeartbeatHandler>();
        return builder;
    }
}
