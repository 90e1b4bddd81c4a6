using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OcppCsms.Ocpp.Server.Calls;
using OcppCsms.Ocpp.Server.Commands;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.DataTransfer;
using OcppCsms.Ocpp.Server.Dispatch;
using OcppCsms.Ocpp.Server.MessageLog;
using OcppCsms.Ocpp.Server.Metrics;
using OcppCsms.Ocpp.Server.Sessions;
using OcppCsms.SharedKernel.Events;

namespace OcppCsms.Ocpp.Server;

public static class OcppServerModule
{
    public static IHostApplicationBuilder AddOcppServer(this IHostApplicationBuilder builder)
    {
        builder.AddEventBus();
        builder.Services.AddOptions<OcppServerOptions>().Bind(builder.Configuration.GetSection(OcppServerOptions.SectionName)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<OcppServerOptions>, OcppServerOptionsValidator>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<StationSessionRegistry>();
        builder.Services.AddSingleton<IStationSessions>(services => services.GetRequiredService<StationSessionRegistry>());
        builder.Services.AddSingleton<OcppMetrics>();
        builder.Services.AddSingleton<OcppConnectionHandler>();
        builder.Services.AddSingleton<StationCalls>();
        builder.Services.AddSingleton<CommandCaller>();
        builder.Services.AddSingleton<RequestIds>();
        builder.Services.AddCommandValidators();
        builder.Services.AddV201CommandValidators();
        builder.Services.AddSingleton<ICommandAdapter, V16CommandAdapter>();
        builder.Services.AddSingleton<ICommandAdapter, V201CommandAdapter>();
        builder.Services.AddSingleton<IStationCommands, StationCommands>();
        builder.Services.AddSingleton<OcppDispatcher>();
        builder.Services.AddDataTransferRouting();
        builder.AddMessageLog();
        builder.Services.AddHostedService<SessionShutdownService>();
        return builder;
    }

    public static WebApplication MapOcpp(this WebApplication app)
    {
        // Built now, so that two modules claiming the same action fail the start rather than the first station's CALL.
        app.Services.GetRequiredService<OcppDispatcher>();
        app.UseWebSockets();
        app.MapMessageLogEndpoints();
        app.MapCommandEndpoints();
        app.Map("/ocpp/{stationId}", (HttpContext context, string stationId, OcppConnectionHandler handler) => handler.HandleAsync(context, stationId))
            .WithName("OcppWebSocket")
            // Stations are not operators: they authenticate at the upgrade itself (security profiles, OCPP-J).
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }
}
