namespace OcppCsms.Ocpp.Protocol.Validation;

/// <summary>Each string of an array property is at most this many characters (JSON schema <c>items.maxLength</c>).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ItemMaxLengthAttribute(int length) : Attribute
{
    public int Length { get; } = length;
}
