using System.Text.Json.Serialization;
using OcppCsms.Ocpp.Protocol.Json;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// Source-generated serialisation of the OCPP 2.0.1 messages. The part 3 schemas allow no additional properties except
/// inside customData; absent optional fields are left out, never written as null (part 4 §4.1.5).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UseStringEnumConverter = true,
    Converters = [typeof(OcppDateTimeConverter)])]
// A Security
// B Provisioning
[JsonSerializable(typeof(HeartbeatRequest))]
[JsonSerializable(typeof(HeartbeatResponse))]
// C Authorization
// E Transactions
// F Remote control
// G Availability
// H Reservation
// I Tariff and cost
// J Meter values
// K Smart charging
// L Firmware management
// N Diagnostics
// O Display message
// P Data transfer
public sealed partial class V201JsonContext : JsonSerializerContext;
