using FluentValidation;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Contracts.SmartCharging;
using OcppCsms.SharedKernel.Events;
using OcppCsms.SharedKernel.Persistence;
using OcppCsms.Transactions.SmartCharging.Api;
using OcppCsms.Transactions.SmartCharging.Persistence;

namespace OcppCsms.Transactions.SmartCharging;

/// <summary>
/// Smart Charging (OCPP 1.6 §3.13; 2.0.1 part 2 K): the set/clear/composite-schedule commands over REST, and the
/// profiles each station holds as far as its answers tell, per connector (2.0.1: per EVSE).
/// </summary>
internal static class SmartChargingModule
{
    public static IHostApplicationBuilder AddSmartCharging(this IHostApplicationBuilder builder)
    {
        builder.AddModuleDbContext<SmartChargingDbContext>(SmartChargingDbContext.Module);
        builder.AddEventBus();
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ChargingProfileStore>();
        services.AddHostedService<TransactionProfileLifetime>();

        services.AddSingleton<ICommandAnswerObserver, Ocpp.V16.SetChargingProfileObserver>();
        services.AddSingleton<ICommandAnswerObserver, Ocpp.V16.ClearChargingProfileObserver>();
        services.AddSingleton<ICommandAnswerObserver, Ocpp.V16.RemoteStartTransactionObserver>();
        services.AddSingleton<ICommandAnswerObserver, Ocpp.V201.SetChargingProfileObserver>();
        services.AddSingleton<ICommandAnswerObserver, Ocpp.V201.ClearChargingProfileObserver>();
        services.AddSingleton<ICommandAnswerObserver, Ocpp.V201.RequestStartTransactionObserver>();

        services.AddSingleton<IValidator<SetChargingProfileCommand>, SetChargingProfileCommandValidator>();
        services.AddSingleton<IValidator<ChargingProfileCriteria>, ChargingProfileCriteriaValidator>();
        services.AddSingleton<IValidator<GetCompositeScheduleCommand>, GetCompositeScheduleCommandValidator>();
        services.AddSingleton<IValidator<ChargingProfilesQuery>, ChargingProfilesQueryValidator>();
        return builder;
    }

    public static IEndpointRouteBuilder MapSmartChargingApi(this IEndpointRouteBuilder app)
    {
        app.MapSmartChargingEndpoints();
        return app;
    }
}
