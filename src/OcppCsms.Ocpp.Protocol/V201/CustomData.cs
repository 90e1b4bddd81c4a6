using System.Text.Json;
using System.Text.Json.Serialization;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 CustomDataType, allowed on every message: a vendor id and any vendor properties, which are kept as
/// they came (the schema allows additional properties here, and only here).
/// </summary>
public sealed record CustomData
{
    /// <summary>string[255], required.</summary>
    public required string VendorId { get; init; }

    // A settable property: System.Text.Json fills extension data after construction, which init-only setters refuse.
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
