using OcppCsms.Events;
using OcppCsms.Host.Health;
using OcppCsms.Host.Hosting;
using OcppCsms.Identity;
using OcppCsms.Ocpp.Server;
using OcppCsms.SharedKernel.Persistence;
using OcppCsms.Stations;

// Composition only: each module wires itself; CsmsHost runs the start-up sequence around it.
return await CsmsHost.RunAsync(args,
    builder =>
    {
        builder.AddCsmsHosting();
        builder.AddDatabase();
        builder.AddIdentity();
        builder.AddOcppServer();
        builder.AddStations();
        builder.AddEvents();
    },
    app =>
    {
        app.UseCsmsHosting();
        app.MapHealth();
        app.MapIdentityApi();
        app.MapStationsApi();
        app.MapOcpp();
        app.MapEventsApi();
    });
