namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>OCPP 2.0.1 part 2 §3.27 DataTransferStatusEnumType: Result of a DataTransferRequest.</summary>
public enum DataTransferStatusEnumType
{
    Accepted,
    Rejected,
    UnknownMessageId,
    UnknownVendorId,
}
