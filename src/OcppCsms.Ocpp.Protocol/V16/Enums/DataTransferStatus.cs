namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.23 DataTransferStatus: the answer to DataTransfer.req.</summary>
public enum DataTransferStatus
{
    Accepted,
    Rejected,
    UnknownMessageId,
    UnknownVendorId,
}
