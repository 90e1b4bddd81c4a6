using System.Collections.Frozen;
using Microsoft.Extensions.Logging;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.DataTransfer;

/// <summary>
/// Routes a station's DataTransfer by its vendor id to the <see cref="IDataTransferHandler"/> that claims it. No
/// handler: <c>UnknownVendorId</c> without data (OCPP 1.6 §4.3 "the data element SHALL not be present", 2.0.1
/// P01.FR.05), logged so that an operator sees which vendor extension a station expects.
/// </summary>
internal sealed partial class DataTransferRouter
{
    private readonly FrozenDictionary<string, IDataTransferHandler> _handlers;
    private readonly ILogger<DataTransferRouter> _logger;

    public DataTransferRouter(IEnumerable<IDataTransferHandler> handlers, ILogger<DataTransferRouter> logger)
    {
        _logger = logger;
        var byVendor = new Dictionary<string, IDataTransferHandler>(StringComparer.OrdinalIgnoreCase);
        foreach (var handler in handlers)
        {
            foreach (var vendorId in handler.VendorIds)
            {
                if (!byVendor.TryAdd(vendorId, handler))
                {
                    throw new InvalidOperationException(
                        $"Two DataTransfer handlers claim vendor id '{vendorId}': {byVendor[vendorId].GetType().Name} and {handler.GetType().Name}.");
                }
            }
        }

        _handlers = byVendor.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public async Task<DataTransferAnswer> RouteAsync(DataTransferMessage message, CancellationToken cancellationToken)
    {
        if (!_handlers.TryGetValue(message.VendorId, out var handler))
        {
            LogUnknownVendor(_logger, message.StationId, message.VendorId, message.MessageId);
            return new DataTransferAnswer(DataTransferOutcome.UnknownVendorId);
        }

        var answer = await handler.HandleAsync(message, cancellationToken);
        return answer.Status == DataTransferOutcome.UnknownVendorId ? answer with { Data = null } : answer;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Station {StationId} sent a DataTransfer for vendor '{VendorId}' (message id '{MessageId}'), which no handler claims; answered UnknownVendorId")]
    private static partial void LogUnknownVendor(ILogger logger, string stationId, string vendorId, string? messageId);
}
