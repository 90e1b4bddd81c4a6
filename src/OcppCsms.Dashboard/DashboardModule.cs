using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace OcppCsms.Dashboard;

/// <summary>The operator web dashboard (issue 8): static pages served by the host, backed by the operator API and the events stream.</summary>
public static class DashboardModule
{
    public static IHostApplicationBuilder AddDashboard(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DashboardAssets>();
        return builder;
    }

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        app.MapDashboardEndpoints();
        return app;
    }
}
