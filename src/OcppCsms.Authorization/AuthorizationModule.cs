using FluentValidation;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using OcppCsms.Authorization.Api;
using OcppCsms.Authorization.Contracts;
using OcppCsms.Authorization.IdTags;
using OcppCsms.Authorization.LocalLists;
using OcppCsms.Authorization.Persistence;
using OcppCsms.Authorization.Reservations;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.SharedKernel.Persistence;

namespace OcppCsms.Authorization;

public static class AuthorizationModule
{
    public static IHostApplicationBuilder AddAuthorization(this IHostApplicationBuilder builder)
    {
        builder.AddModuleDbContext<AuthorizationDbContext>(AuthorizationDbContext.Module);
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);

        // ConcurrentTx asks ITagsInTransaction, which the transactions module registers.
        services.AddSingleton<IIdTagAuthorizer, IdTagAuthorizer>();
        services.AddSingleton<AuthorizeRequests>();
        services.AddSingleton<IOcppCallHandler, Ocpp.V16.AuthorizeHandler>();
        services.AddSingleton<IOcppCallHandler, Ocpp.V201.AuthorizeHandler>();
        services.AddSingleton<IValidator<CreateIdTagRequest>, CreateIdTagRequestValidator>();
        services.AddSingleton<IValidator<UpdateIdTagRequest>, UpdateIdTagRequestValidator>();
        services.AddSingleton<IValidator<IdTagFilter>, IdTagFilterValidator>();

        services.AddSingleton<ReservationStore>();
        services.AddSingleton<IReservations>(provider => provider.GetRequiredService<ReservationStore>());
        services.AddSingleton<IValidator<ReserveNowCommand>, ReserveNowCommandValidator>();
        services.AddSingleton<IValidator<CancelReservationCommand>, CancelReservationCommandValidator>();
        services.AddSingleton<IValidator<ReservationFilter>, ReservationFilterValidator>();
        services.AddSingleton<ICommandAnswerObserver, Ocpp.V16.ReserveNowObserver>();
        services.AddSingleton<ICommandAnswerObserver, Ocpp.V201.ReserveNowObserver>();
        services.AddSingleton<ICommandAnswerObserver, Ocpp.V16.CancelReservationObserver>();
        services.AddSingleton<ICommandAnswerObserver, Ocpp.V201.CancelReservationObserver>();
        services.AddSingleton<IOcppCallHandler, Ocpp.V201.ReservationStatusUpdateHandler>();

        services.AddSingleton<LocalListStore>();
        services.AddSingleton<IValidator<SendLocalListCommand>, SendLocalListCommandValidator>();
        services.AddSingleton<ICommandAnswerObserver, Ocpp.V16.SendLocalListObserver>();
        services.AddSingleton<ICommandAnswerObserver, Ocpp.V201.SendLocalListObserver>();
        services.AddSingleton<ICommandAnswerObserver, Ocpp.V16.GetLocalListVersionObserver>();
        services.AddSingleton<ICommandAnswerObserver, Ocpp.V201.GetLocalListVersionObserver>();
        return builder;
    }

    public static IEndpointRouteBuilder MapAuthorizationApi(this IEndpointRouteBuilder app)
    {
        app.MapIdTagEndpoints();
        app.MapReservationEndpoints();
        app.MapLocalListEndpoints();
        return app;
    }
}
