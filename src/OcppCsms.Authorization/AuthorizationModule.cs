using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace OcppCsms.Authorization;

public static class AuthorizationModule
{
    public static IHostApplicationBuilder AddAuthorization(this IHostApplicationBuilder builder)
    {
        return builder;
    }

    public static IEndpointRouteBuilder MapAuthorizationApi(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
