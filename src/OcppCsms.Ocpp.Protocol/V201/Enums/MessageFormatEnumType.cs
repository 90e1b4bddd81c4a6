namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.51 MessageFormatEnumType: Format of a message's content (MessageContentType.format).
/// </summary>
public enum MessageFormatEnumType
{
    ASCII,
    HTML,
    URI,
    UTF8,
}
