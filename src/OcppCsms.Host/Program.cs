using OcppCsms.Authorization;
using OcppCsms.Billing;
using OcppCsms.Dashboard;
using OcppCsms.Events;
using OcppCsms.Host.Health;
using OcppCsms.Host.Hosting;
using OcppCsms.Host.Metrics;
using OcppCsms.Identity;
using OcppCsms.Ocpp.Server;
using OcppCsms.SharedKernel.Persistence;
using OcppCsms.Stations;
using OcppCsms.Transactions;

// Composition only: each module wires itself; CsmsHost runs the start-up sequence around it.
return await CsmsHost.RunAsync(args,
    builder =>
    {
        builder.AddCsmsHosting();
        builder.AddCsmsMetrics();
        builder.AddDatabase();
        builder.AddIdentity();
        builder.AddOcppServer();
        builder.AddStations();
        builder.AddAuthorization();
        builder.AddTransactions();
        builder.AddBilling();
        builder.AddEvents();
        builder.AddDashboard();
    },
    app =>
    {
        app.UseCsmsMetrics();
        app.UseCsmsHosting();
        app.MapHealth();
        app.MapIdentityApi();
        app.MapStationsApi();
        app.MapAuthorizationApi();
        app.MapTransactionsApi();
        app.MapBillingApi();
        app.MapOcpp();
        app.MapEventsApi();
        app.MapDashboard();
    });
