using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using OcppCsms.Billing.Persistence;
using OcppCsms.Billing.Pricing;
using OcppCsms.Billing.Tariffs;
using OcppCsms.SharedKernel.Persistence;

namespace OcppCsms.Billing;

/// <summary>Tariffs, cost calculation, charge detail records and the billing of completed transactions (issue 7).</summary>
public static class BillingModule
{
    public static IHostApplicationBuilder AddBilling(this IHostApplicationBuilder builder)
    {
        builder.AddModuleDbContext<BillingDbContext>(BillingDbContext.Module);
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<TariffCatalog>();
        services.AddSingleton<TariffStore>();
        services.AddSingleton<ISessionPricer, SessionPricer>();
        return builder;
    }

    public static IEndpointRouteBuilder MapBillingApi(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
