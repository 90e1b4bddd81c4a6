using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace OcppCsms.Transactions;

public static class TransactionsModule
{
    public static IHostApplicationBuilder AddTransactions(this IHostApplicationBuilder builder)
    {
        return builder;
    }

    public static IEndpointRouteBuilder MapTransactionsApi(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
