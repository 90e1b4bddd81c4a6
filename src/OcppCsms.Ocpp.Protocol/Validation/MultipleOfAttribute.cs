namespace OcppCsms.Ocpp.Protocol.Validation;

/// <summary>A number must be a whole multiple of this step (JSON schema <c>multipleOf</c>, e.g. OCPP 1.6 charging limits in 0.1).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MultipleOfAttribute(double step) : Attribute
{
    public decimal Step { get; } = (decimal)step;
}
