using FluentValidation;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.SharedKernel.Persistence;
using OcppCsms.SharedKernel.Startup;
using OcppCsms.Stations.Api;
using OcppCsms.Stations.Authentication;
using OcppCsms.Stations.Boot;
using OcppCsms.Stations.Configuration;
using OcppCsms.Stations.Connectors;
using OcppCsms.Stations.DeviceModel;
using OcppCsms.Stations.Heartbeats;
using OcppCsms.Stations.Persistence;
using OcppCsms.Stations.Registry;
using OcppCsms.Stations.Reports;

namespace OcppCsms.Stations;

public static class StationsModule
{
    public static IHostApplicationBuilder AddStations(this IHostApplicationBuilder builder)
    {
        builder.AddModuleDbContext<StationsDbContext>(StationsDbContext.Module);
        var services = builder.Services;
        services.AddOptions<StationsOptions>().Bind(builder.Configuration.GetSection(StationsOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StationsOptions>, StationsOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<StationRegistry>();
        // What the upgrade check, the registration gate and the boot answer read of a station, kept in memory.
        services.AddSingleton<StationSnapshots>();
        services.AddSingleton<IStationRegistrations>(provider => provider.GetRequiredService<StationSnapshots>());
        services.AddHostedService<StationSnapshotsWarmUp>();
        services.AddSingleton<IStationAuthenticator, StationAuthenticator>();
        services.AddSingleton<IStartupTask, UnknownStationsWarning>();

        services.AddSingleton<StationChanges>();
        services.AddSingleton<IValidator<RegisterStationRequest>, RegisterStationRequestValidator>();
        services.AddSingleton<IValidator<UpdateStationRequest>, UpdateStationRequestValidator>();
        services.AddSingleton<IValidator<SetStationPasswordRequest>, SetStationPasswordRequestValidator>();
        services.AddSingleton<IValidator<StationFilter>, StationFilterValidator>();
        services.AddSingleton<IValidator<StatusHistoryFilter>, StatusHistoryFilterValidator>();

        services.AddOptions<BootOptions>().Bind(builder.Configuration.GetSection(BootOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BootOptions>, BootOptionsValidator>();
        services.AddSingleton<BootWriter>();
        services.AddHostedService(provider => provider.GetRequiredService<BootWriter>());
        services.AddSingleton<BootDecision>();
        services.AddSingleton<IOcppCallHandler, Ocpp.V16.BootNotificationHandler>();
        services.AddSingleton<IOcppCallHandler, Ocpp.V201.BootNotificationHandler>();
        services.AddSingleton<IOcppCallHandler, Ocpp.V16.HeartbeatHandler>();
        services.AddSingleton<IOcppCallHandler, Ocpp.V201.HeartbeatHandler>();

        // Last-seen flushing, connector status, availability, configuration keys.
        services.AddHostedService<LastSeenFlusher>();
        // The heartbeat monitor (issue 7): connected stations silent for Ocpp:OfflineAfterSeconds are offline.
        services.AddOptions<LivenessOptions>().Bind(builder.Configuration.GetSection(LivenessOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<LivenessOptions>, LivenessOptionsValidator>();
        services.AddSingleton<StationLiveness>();
        services.AddHostedService<HeartbeatMonitor>();
        services.AddSingleton<StatusWriter>();
        services.AddHostedService(provider => provider.GetRequiredService<StatusWriter>());
        services.AddSingleton<IOcppCallHandler, Ocpp.V16.StatusNotificationHandler>();
        services.AddSingleton<IOcppCallHandler, Ocpp.V201.StatusNotificationHandler>();
        services.AddSingleton<AvailabilityChanges>();
        services.AddSingleton<ICommandAnswerObserver, Ocpp.V16.ChangeAvailabilityObserver>();
        services.AddSingleton<ICommandAnswerObserver, Ocpp.V201.ChangeAvailabilityObserver>();
        services.AddSingleton<ConfigurationKeys>();
        services.AddSingleton<ICommandAnswerObserver, Ocpp.V16.GetConfigurationObserver>();
        services.AddSingleton<ICommandAnswerObserver, Ocpp.V16.ChangeConfigurationObserver>();

        services.AddDeviceModel();

        builder.AddStationOperations();
        services.AddStationReports();
        return builder;
    }

    public static IEndpointRouteBuilder MapStationsApi(this IEndpointRouteBuilder app)
    {
        app.MapStationEndpoints();
        app.MapStationOperationsApi();
        app.MapDeviceModelApi();
        return app;
    }
}
