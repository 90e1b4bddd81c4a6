using System.Text.Json;
using FluentValidation;

namespace OcppCsms.Stations.DataTransfers;

/// <summary>A kept DataTransfer; <c>data</c> is JSON as sent (a string from 1.6 stations, any value from 2.0.1 ones).</summary>
internal sealed record DataTransferResponse(Guid Id, string VendorId, string? MessageId, JsonElement? Data, DateTime ReceivedAt)
{
    public static DataTransferResponse From(KeptDataTransfer t) =>
        new(t.Id, t.VendorId, t.MessageId, t.Data is null ? null : JsonDocument.Parse(t.Data).RootElement.Clone(), t.ReceivedAt);
}

/// <summary>Filters of <c>GET …/data-transfers</c>.</summary>
internal sealed class DataTransferFilter
{
    /// <summary>One vendor id, exactly as the station sent it.</summary>
    public string? VendorId { get; set; }

    public string? MessageId { get; set; }
}

internal sealed class DataTransferFilterValidator : AbstractValidator<DataTransferFilter>
{
    public DataTransferFilterValidator()
    {
        RuleFor(f => f.VendorId).MaximumLength(DataTransferOptions.VendorIdMaxLength);
        RuleFor(f => f.MessageId).MaximumLength(KeptDataTransfer.MessageIdMaxLength);
    }
}
