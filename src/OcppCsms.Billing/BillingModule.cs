using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace OcppCsms.Billing;

/// <summary>Tariffs, cost calculation, charge detail records and the billing of completed transactions (issue 7).</summary>
public static class BillingModule
{
    public static IHostApplicationBuilder AddBilling(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        return builder;
    }

    public static IEndpointRouteBuilder MapBillingApi(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
