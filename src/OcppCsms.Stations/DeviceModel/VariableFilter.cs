using FluentValidation;

namespace OcppCsms.Stations.DeviceModel;

/// <summary>Narrows <c>/variables</c> to a component and/or a variable name, matched whatever their case (part 2 §2.16, §2.53).</summary>
internal sealed class VariableFilter
{
    public string? Component { get; set; }

    public string? Variable { get; set; }
}

internal sealed class VariableFilterValidator : AbstractValidator<VariableFilter>
{
    public VariableFilterValidator()
    {
        RuleFor(f => f.Component).MaximumLength(DeviceVariable.NameMaxLength);
        RuleFor(f => f.Variable).MaximumLength(DeviceVariable.NameMaxLength);
    }
}
