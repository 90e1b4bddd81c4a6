using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OcppCsms.Events.Persistence;
using OcppCsms.Events.Streams;
using OcppCsms.Events.Webhooks;
using OcppCsms.SharedKernel.Events;
using OcppCsms.SharedKernel.Persistence;
using OcppCsms.SharedKernel.Startup;

namespace OcppCsms.Events;

public static class EventsModule
{
    public static IHostApplicationBuilder AddEvents(this IHostApplicationBuilder builder)
    {
        builder.AddEventBus();
        builder.AddModuleDbContext<EventsDbContext>(EventsDbContext.Module);
        var services = builder.Services;

        services.AddOptions<EventsOptions>().Bind(builder.Configuration.GetSection(EventsOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<EventsOptions>, EventsOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        // Scoped, like the request it serves: it authorizes through IAuthorizationService, whose handlers may be scoped.
        services.AddScoped<WebSocketEventStream>();
        services.AddSingleton<IValidator<EventStreamQuery>, EventStreamQueryValidator>();

        services.AddSingleton<WebhookStore>();
        services.AddSingleton<IStartupTask>(provider => provider.GetRequiredService<WebhookStore>());
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<IValidator<CreateWebhookRequest>, CreateWebhookRequestValidator>();
        services.AddHttpClient(WebhookSender.ClientName)
            // A redirect would turn the POST into a GET (RFC 9110 §15.4) or carry the signed body elsewhere: report it instead.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            // The sender applies Events:WebhookTimeoutSeconds per attempt.
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            // Every attempt is in the delivery log and failures in our own log lines; per-request lines would only repeat them.
            .RemoveAllLoggers();

        // Hosted services stop in reverse order: the dispatcher first, then the log writes what it recorded.
        services.AddSingleton<DeliveryLog>();
        services.AddHostedService(provider => provider.GetRequiredService<DeliveryLog>());
        services.AddHostedService<WebhookDispatcher>();
        return builder;
    }

    public static WebApplication MapEventsApi(this WebApplication app)
    {
        // The OCPP endpoint adds it too; the middleware skips a request it has already prepared.
        app.UseWebSockets();
        app.MapEventStreamEndpoints();
        app.MapWebhookEndpoints();
        return app;
    }
}
