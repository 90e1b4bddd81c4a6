using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using OcppCsms.Authorization.Contracts;
using OcppCsms.Authorization.IdTags;
using OcppCsms.Authorization.Persistence;
using OcppCsms.Authorization.Reservations;
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
        services.AddSingleton<ReservationStore>();
        services.AddSingleton<IReservations>(provider => provider.GetRequiredService<ReservationStore>());
        return builder;
    }

    public static IEndpointRouteBuilder MapAuthorizationApi(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
