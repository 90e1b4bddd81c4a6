namespace OcppCsms.Stations.DataTransfers;

/// <summary>
/// The <c>Ocpp:DataTransfer</c> section: the vendor extensions this CSMS takes in without code of its own. Messages of
/// these vendor ids are answered Accepted and kept for operators and integrations to read — the way a vendor
/// integration starts, before it gets an <c>IDataTransferHandler</c> that answers with data.
/// </summary>
internal sealed class DataTransferOptions
{
    public const string SectionName = "Ocpp:DataTransfer";

    /// <summary>The longest vendor id either version allows (string[0..255]).</summary>
    public const int VendorIdMaxLength = 255;

    /// <summary>Vendor ids, compared without regard to case (1.6 CiString255Type); empty: none.</summary>
    public string[] AcceptedVendors { get; set; } = [];
}
