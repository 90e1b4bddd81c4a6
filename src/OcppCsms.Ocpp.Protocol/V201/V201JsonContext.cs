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
[JsonSerializable(typeof(HeartbeatRequest))]
[JsonSerializable(typeof(HeartbeatResponse))]
public sealed partial class V201JsonContext : JsonSerializerContext;
