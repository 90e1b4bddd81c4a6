using System.Text.Json.Serialization;
using OcppCsms.Ocpp.Protocol.Json;

namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>
/// Source-generated serialisation of the OCPP 1.6 messages. The 1.6 JSON schemas allow no additional properties, so an
/// unknown property fails to deserialize; absent optional fields are left out, never written as null (OCPP-J 1.6 §4.1.4).
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
public sealed partial class V16JsonContext : JsonSerializerContext;
