using FluentValidation;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OcppCsms.Billing.Api;
using OcppCsms.Billing.ChargeDetailRecords;
using OcppCsms.Billing.Persistence;
using OcppCsms.Billing.Pricing;
using OcppCsms.Billing.Reports;
using OcppCsms.Billing.Runs;
using OcppCsms.Billing.Tariffs;
using OcppCsms.SharedKernel.Events;
using OcppCsms.SharedKernel.Persistence;
using OcppCsms.Transactions.Contracts;

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
        services.AddSingleton<IValidator<TariffRequest>, TariffRequestValidator>();
        services.AddSingleton<IValidator<TariffAssignmentRequest>, TariffAssignmentRequestValidator>();
        services.AddSingleton<IValidator<TariffQuoteQuery>, TariffQuoteQueryValidator>();

        // Billing of completed transactions: charge detail records exactly once, on the stop and by a scan; costs shown
        // on transactions and answered to 2.0.1 stations; the energy report.
        builder.AddEventBus();
        services.AddOptions<BillingOptions>().Bind(builder.Configuration.GetSection(BillingOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BillingOptions>, BillingOptionsValidator>();
        services.AddSingleton<TransactionBiller>();
        services.AddSingleton<BillingScan>();
        services.AddHostedService<BillingRun>();
        services.AddSingleton<ITransactionCosts, TransactionCosts>();
        services.AddHostedService<Ocpp.CostUpdatedPusher>();
        services.AddSingleton<IValidator<CdrFilter>, CdrFilterValidator>();
        services.AddSingleton<IValidator<ExportFormat>, ExportFormatValidator>();
        services.AddSingleton<IValidator<EnergyReportQuery>, EnergyReportQueryValidator>();
        return builder;
    }

    public static IEndpointRouteBuilder MapBillingApi(this IEndpointRouteBuilder app)
    {
        app.MapTariffEndpoints();
        app.MapTariffAssignmentEndpoints();
        app.MapCdrEndpoints();
        app.MapEnergyReportEndpoints();
        return app;
    }
}
