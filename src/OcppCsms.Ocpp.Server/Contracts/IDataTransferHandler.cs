using System.Text.Json;
using OcppCsms.Ocpp.Protocol;

namespace OcppCsms.Ocpp.Server.Contracts;

/// <summary>
/// A vendor extension a station reaches with DataTransfer (OCPP 1.6 §4.3, OCPP 2.0.1 P01): the CSMS routes each
/// DataTransfer to the handler that claims its <c>vendorId</c>, and answers <c>UnknownVendorId</c> when none does.
/// Modules (or an integration built into the host) implement it and register it as a singleton
/// <see cref="IDataTransferHandler"/>; two handlers claiming one vendor id stop the start.
/// </summary>
public interface IDataTransferHandler
{
    /// <summary>The vendor ids this handler implements, compared without regard to case (1.6 CiString255Type).</summary>
    IReadOnlyCollection<string> VendorIds { get; }

    /// <summary>
    /// Answers one DataTransfer. <c>Accepted</c>/<c>Rejected</c> and the data are the vendor's agreement;
    /// <c>UnknownMessageId</c> when the message id is not one this vendor extension knows (1.6 §4.3, P01.FR.06).
    /// </summary>
    Task<DataTransferAnswer> HandleAsync(DataTransferMessage message, CancellationToken cancellationToken);
}

/// <summary>A DataTransfer from a station, whatever its version.</summary>
/// <param name="Data">
/// The data as JSON: 1.6 sends text, which arrives as a JSON string; 2.0.1 sends any JSON value. Null when absent.
/// </param>
public sealed record DataTransferMessage(string StationId, OcppVersion Version, string VendorId, string? MessageId, JsonElement? Data);

/// <summary>The status of a DataTransfer answer (1.6 DataTransferStatus, 2.0.1 DataTransferStatusEnumType: the same four).</summary>
public enum DataTransferOutcome
{
    Accepted,
    Rejected,
    UnknownMessageId,
    UnknownVendorId,
}

/// <param name="Data">
/// The answer's data. A 1.6 station receives text: a JSON string goes as its text, any other value as its JSON.
/// </param>
public sealed record DataTransferAnswer(DataTransferOutcome Status, JsonElement? Data = null);
