using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using OcppCsms.Transactions.SmartCharging;

namespace OcppCsms.Transactions;

public static class TransactionsModule
{
    public static IHostApplicationBuilder AddTransactions(this IHostApplicationBuilder builder)
    {
        builder.AddSmartCharging();
        return builder;
    }

    public static IEndpointRouteBuilder MapTransactionsApi(this IEndpointRouteBuilder app)
    {
        app.MapSmartChargingApi();
        return app;
    }
}
