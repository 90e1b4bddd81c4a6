using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 CustomDataType, allowed on every message and datatype: a vendor id and any vendor properties, kept as they
/// came (the schemas allow additional properties here, and only here). Part 2 leaves it out of its Datatypes chapter on
/// purpose (functional block P §1); it is defined by the part 3 JSON schemas.
/// </summary>
public sealed record CustomDataType
{
    [MaxLength(255)]
    public required string VendorId { get; init; }

    // A settable property: System.Text.Json fills extension data after construction, which init-only setters refuse.
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
