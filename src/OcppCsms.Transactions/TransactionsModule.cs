using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OcppCsms.Authorization.Contracts;
using OcppCsms.SharedKernel.Persistence;
using OcppCsms.Transactions.Model;
using OcppCsms.Transactions.Persistence;

namespace OcppCsms.Transactions;

public static class TransactionsModule
{
    public static IHostApplicationBuilder AddTransactions(this IHostApplicationBuilder builder)
    {
        builder.AddModuleDbContext<TransactionsDbContext>(TransactionsDbContext.Module);
        var services = builder.Services;
        services.AddSingleton<ITagsInTransaction, TagsInTransaction>();
        return builder;
    }

    public static IEndpointRouteBuilder MapTransactionsApi(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
