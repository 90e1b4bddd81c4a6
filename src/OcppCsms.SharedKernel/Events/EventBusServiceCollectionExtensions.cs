using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace OcppCsms.SharedKernel.Events;

public static class EventBusServiceCollectionExtensions
{
    /// <summary>
    /// The node's one event bus, as <see cref="IEventPublisher"/> and <see cref="IEventSubscriptions"/>. Every module that
    /// publishes or subscribes calls this; only the first call registers anything.
    /// </summary>
    public static IHostApplicationBuilder AddEventBus(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<InProcessEventBus>();
        services.TryAddSingleton<IEventPublisher>(provider => provider.GetRequiredService<InProcessEventBus>());
        services.TryAddSingleton<IEventSubscriptions>(provider => provider.GetRequiredService<InProcessEventBus>());
        return builder;
    }
}
