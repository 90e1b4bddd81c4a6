using Microsoft.Extensions.DependencyInjection;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.DataTransfer;

internal static class DataTransferRouting
{
    /// <summary>DataTransfer from stations of both versions, routed to the registered <see cref="IDataTransferHandler"/>s.</summary>
    public static IServiceCollection AddDataTransferRouting(this IServiceCollection services)
    {
        services.AddSingleton<DataTransferRouter>();
        services.AddSingleton<IOcppCallHandler, V16DataTransferHandler>();
        services.AddSingleton<IOcppCallHandler, V201DataTransferHandler>();
        return services;
    }
}
