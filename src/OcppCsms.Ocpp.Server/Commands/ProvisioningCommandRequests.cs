using FluentValidation;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

/// <summary><c>POST …/commands/get-base-report</c>: the CSMS allocates the requestId and answers with it (<c>ocppRequestId</c>).</summary>
internal sealed record GetBaseReportCommand(ReportBase? ReportBase);

/// <summary>
/// <c>POST …/commands/get-report</c>: components/variables and/or criteria (B08.FR.05); the CSMS allocates the requestId and
/// answers with it.
/// </summary>
internal sealed record GetReportCommand(IReadOnlyList<ComponentVariableSelector>? ComponentVariable, IReadOnlyList<ComponentCriterion>? ComponentCriteria);

/// <summary><c>POST …/commands/get-variables</c>.</summary>
internal sealed record GetVariablesCommand(IReadOnlyList<VariableToGet>? GetVariableData);

/// <summary><c>POST …/commands/set-variables</c>.</summary>
internal sealed record SetVariablesCommand(IReadOnlyList<VariableToSet>? SetVariableData);

internal sealed class GetBaseReportCommandValidator : AbstractValidator<GetBaseReportCommand>
{
    public GetBaseReportCommandValidator() => RuleFor(c => c.ReportBase).NotNull();
}

internal sealed class GetReportCommandValidator : AbstractValidator<GetReportCommand>
{
    public GetReportCommandValidator()
    {
        // The schema's minItems: absent means "no restriction", an empty list is not valid OCPP.
        RuleFor(c => c.ComponentVariable).Must(list => list is null || list.Count > 0).WithMessage("'componentVariable' must be absent or name at least one component.");
        RuleFor(c => c.ComponentCriteria).Must(list => list is null || list.Count is > 0 and <= 4).WithMessage("'componentCriteria' must be absent or hold 1 to 4 criteria.");
        RuleForEach(c => c.ComponentVariable).NotNull().ChildRules(selector =>
        {
            selector.RuleFor(s => s.Component).NotNull().SetValidator(new DeviceComponentValidator()).OverridePropertyName("component");
            selector.RuleFor(s => s.Variable!).SetValidator(new DeviceVariableNameValidator()).When(s => s.Variable is not null).OverridePropertyName("variable");
        });
    }
}

internal sealed class GetVariablesCommandValidator : AbstractValidator<GetVariablesCommand>
{
    public GetVariablesCommandValidator()
    {
        RuleFor(c => c.GetVariableData).NotEmpty();
        RuleForEach(c => c.GetVariableData).NotNull().ChildRules(item =>
        {
            item.RuleFor(v => v.Component).NotNull().SetValidator(new DeviceComponentValidator()).OverridePropertyName("component");
            item.RuleFor(v => v.Variable).NotNull().SetValidator(new DeviceVariableNameValidator()).OverridePropertyName("variable");
            item.RuleFor(v => v.AttributeType).IsInEnum().OverridePropertyName("attributeType");
        });
    }
}

internal sealed class SetVariablesCommandValidator : AbstractValidator<SetVariablesCommand>
{
    public SetVariablesCommandValidator()
    {
        RuleFor(c => c.SetVariableData).NotEmpty();
        // B05.FR.13: one item per component, variable and attribute type (absent counts as Actual); names are case-insensitive.
        RuleFor(c => c.SetVariableData).Must(items => items!.Where(i => i?.Component is not null && i.Variable is not null).GroupBy(Address).All(g => g.Count() == 1))
            .When(c => c.SetVariableData is not null)
            .WithMessage("Each component, variable and attributeType may be set once per request (OCPP 2.0.1 B05.FR.13).");
        RuleForEach(c => c.SetVariableData).NotNull().ChildRules(item =>
        {
            item.RuleFor(v => v.Component).NotNull().SetValidator(new DeviceComponentValidator()).OverridePropertyName("component");
            item.RuleFor(v => v.Variable).NotNull().SetValidator(new DeviceVariableNameValidator()).OverridePropertyName("variable");
            item.RuleFor(v => v.AttributeType).IsInEnum().OverridePropertyName("attributeType");
            // An empty string is a value (a list emptied); only an absent one is not.
            item.RuleFor(v => v.AttributeValue).NotNull().OverridePropertyName("attributeValue");
            // A00.FR.205: the station's Basic password is 16 to 40 characters; a shorter one would lock it out of a CSMS that checks it.
            item.RuleFor(v => v.AttributeValue).Length(16, 40).When(IsBasicAuthPassword).OverridePropertyName("attributeValue");
        });
    }

    private static bool IsBasicAuthPassword(VariableToSet item) =>
        string.Equals(item.Component?.Name, "SecurityCtrlr", StringComparison.OrdinalIgnoreCase)
        && string.Equals(item.Variable?.Name, "BasicAuthPassword", StringComparison.OrdinalIgnoreCase);

    /// <summary>An item's address with names upper-cased and an absent attribute type as Actual, to find repeats.</summary>
    private static string Address(VariableToSet item) => string.Join('\u001f',
        item.Component.Name?.ToUpperInvariant(), item.Component.Instance?.ToUpperInvariant(), item.Component.Evse?.Id, item.Component.Evse?.ConnectorId,
        item.Variable.Name?.ToUpperInvariant(), item.Variable.Instance?.ToUpperInvariant(), item.AttributeType ?? VariableAttributeKind.Actual);
}

/// <summary>A component needs its name (part 2 §2.16); an EVSE is numbered from 1 (§2.23). Fields named by their JSON path.</summary>
internal sealed class DeviceComponentValidator : AbstractValidator<DeviceComponent>
{
    public DeviceComponentValidator()
    {
        RuleFor(c => c.Name).NotEmpty().OverridePropertyName("name");
        RuleFor(c => c.Evse!.Id).GreaterThan(0).When(c => c.Evse is not null).OverridePropertyName("evse.id");
    }
}

/// <summary>A variable needs its name (part 2 §2.53).</summary>
internal sealed class DeviceVariableNameValidator : AbstractValidator<DeviceVariableName>
{
    public DeviceVariableNameValidator() => RuleFor(v => v.Name).NotEmpty().OverridePropertyName("name");
}
