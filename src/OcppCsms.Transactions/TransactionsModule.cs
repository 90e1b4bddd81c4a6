using FluentValidation;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OcppCsms.Authorization.Contracts;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.SharedKernel.Events;
using OcppCsms.SharedKernel.Persistence;
using OcppCsms.SharedKernel.Startup;
using OcppCsms.Transactions.Api;
using OcppCsms.Transactions.Contracts;
using OcppCsms.Transactions.Metrics;
using OcppCsms.Transactions.Model;
using OcppCsms.Transactions.Persistence;
using OcppCsms.Transactions.Recording;
using OcppCsms.Transactions.SmartCharging;

namespace OcppCsms.Transactions;

public static class TransactionsModule
{
    public static IHostApplicationBuilder AddTransactions(this IHostApplicationBuilder builder)
    {
        builder.AddSmartCharging();
        builder.AddModuleDbContext<TransactionsDbContext>(TransactionsDbContext.Module);
        builder.AddEventBus();
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<TransactionOperationsOptions>().Bind(builder.Configuration.GetSection(TransactionOperationsOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TransactionOperationsOptions>, TransactionOperationsOptionsValidator>();

        // Transactions, meter values (issue 5): the version-neutral recorders, their 1.6 handlers, the REST resources.
        services.AddSingleton<ITagsInTransaction, TagsInTransaction>();
        services.AddSingleton<ReservationUses>();
        services.AddSingleton<LocalStops>();
        services.AddSingleton<ForceStops>();
        services.AddSingleton<TransactionStarts>();
        services.AddSingleton<TransactionStops>();
        services.AddSingleton<MeterValueWriter>();
        services.AddHostedService(provider => provider.GetRequiredService<MeterValueWriter>());
        services.AddSingleton<MeterReports>();
        services.AddSingleton<IOcppCallHandler, Ocpp.V16.StartTransactionHandler>();
        services.AddSingleton<IOcppCallHandler, Ocpp.V16.MeterValuesHandler>();
        services.AddSingleton<IOcppCallHandler, Ocpp.V16.StopTransactionHandler>();
        // OCPP 2.0.1 TransactionEvent (issue 6): the events reconciled into the same version-neutral transactions.
        services.AddSingleton<TransactionEventWriter>();
        services.AddHostedService(provider => provider.GetRequiredService<TransactionEventWriter>());
        services.AddSingleton<TransactionEvents>();
        services.AddSingleton<IOcppCallHandler, Ocpp.V201.TransactionEventHandler>();
        services.AddSingleton<IOcppCallHandler, Ocpp.V201.MeterValuesHandler>();
        services.AddSingleton<IValidator<TransactionFilter>, TransactionFilterValidator>();
        // Metrics (issue 9): counted from the transaction events; the active gauge starts from the database.
        services.AddSingleton<TransactionMetrics>();
        services.AddSingleton<IStartupTask>(provider => provider.GetRequiredService<TransactionMetrics>());
        services.AddHostedService(provider => provider.GetRequiredService<TransactionMetrics>());
        // Billing (issue 7) reads completed transactions through its contract; it may register ITransactionCosts.
        services.AddSingleton<IBillableTransactions, BillableTransactions>();
        services.AddSingleton<IValidator<ForceStopRequest>, ForceStopRequestValidator>();
        return builder;
    }

    public static IEndpointRouteBuilder MapTransactionsApi(this IEndpointRouteBuilder app)
    {
        app.MapSmartChargingApi();
        app.MapTransactionEndpoints();
        return app;
    }
}
