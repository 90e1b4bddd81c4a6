using FluentValidation;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

/// <summary><c>POST …/commands/set-variable-monitoring</c>: the monitors to set (N04).</summary>
internal sealed record SetVariableMonitoringCommand(IReadOnlyList<MonitorBody>? SetMonitoringData)
{
    public IReadOnlyList<VariableMonitorSetting> ToRequest() =>
        [.. SetMonitoringData!.Select(m => new VariableMonitorSetting(m.Type!.Value, m.Value!.Value, m.Severity!.Value, m.Component!.ToComponent(), m.Variable!.ToVariable(), m.Id, m.Transaction))];
}

/// <summary>One monitor (2.0.1 SetMonitoringDataType).</summary>
internal sealed record MonitorBody(int? Id, bool? Transaction, decimal? Value, MonitorKind? Type, int? Severity, ComponentBody? Component, VariableBody? Variable);

/// <summary>A component (2.0.1 ComponentType), its EVSE flattened as in <see cref="ComponentAddress"/>.</summary>
internal sealed record ComponentBody(string? Name, string? Instance, EvseBody? Evse)
{
    public ComponentAddress ToComponent() => new(Name!, Instance, Evse?.Id, Evse?.ConnectorId);
}

/// <summary>2.0.1 EVSEType.</summary>
internal sealed record EvseBody(int? Id, int? ConnectorId);

/// <summary>2.0.1 VariableType.</summary>
internal sealed record VariableBody(string? Name, string? Instance)
{
    public VariableAddress ToVariable() => new(Name!, Instance);
}

/// <summary><c>POST …/commands/set-monitoring-base</c> (N03).</summary>
internal sealed record SetMonitoringBaseCommand(MonitoringBase? MonitoringBase);

/// <summary><c>POST …/commands/set-monitoring-level</c> (N05).</summary>
internal sealed record SetMonitoringLevelCommand(int? Severity);

/// <summary><c>POST …/commands/clear-variable-monitoring</c>: the ids of the monitors to remove (N06).</summary>
internal sealed record ClearVariableMonitoringCommand(IReadOnlyList<int>? Id);

/// <summary><c>POST …/commands/get-monitoring-report</c> (N02): the CSMS allocates the requestId and answers with it.</summary>
internal sealed record GetMonitoringReportCommand(IReadOnlyList<MonitoringCriterion>? MonitoringCriteria, IReadOnlyList<ComponentVariableBody>? ComponentVariable)
{
    public MonitoringReportQuery ToRequest() =>
        new(MonitoringCriteria, ComponentVariable?.Select(cv => new ComponentVariableAddress(cv.Component!.ToComponent(), cv.Variable?.ToVariable())).ToList());
}

/// <summary>2.0.1 ComponentVariableType.</summary>
internal sealed record ComponentVariableBody(ComponentBody? Component, VariableBody? Variable);

internal sealed class ComponentBodyValidator : AbstractValidator<ComponentBody>
{
    public ComponentBodyValidator()
    {
        // Nested fields are named by their JSON path, as the 400 answer's errors map names fields.
        RuleFor(c => c.Name).NotEmpty().OverridePropertyName("name");
        RuleFor(c => c.Evse!.Id).NotNull().ConnectorOrEvse().OverridePropertyName("evse.id").When(c => c.Evse is not null);
    }
}

internal sealed class VariableBodyValidator : AbstractValidator<VariableBody>
{
    public VariableBodyValidator() => RuleFor(v => v.Name).NotEmpty().OverridePropertyName("name");
}

internal sealed class SetVariableMonitoringCommandValidator : AbstractValidator<SetVariableMonitoringCommand>
{
    public SetVariableMonitoringCommandValidator()
    {
        RuleFor(c => c.SetMonitoringData).NotEmpty();
        RuleForEach(c => c.SetMonitoringData).ChildRules(monitor =>
        {
            monitor.RuleFor(m => m.Type).NotNull().OverridePropertyName("type");
            monitor.RuleFor(m => m.Value).NotNull().OverridePropertyName("value");
            monitor.RuleFor(m => m.Severity).NotNull().Severity().OverridePropertyName("severity");
            monitor.RuleFor(m => m.Component).NotNull().SetValidator(new ComponentBodyValidator()!).OverridePropertyName("component");
            monitor.RuleFor(m => m.Variable).NotNull().SetValidator(new VariableBodyValidator()!).OverridePropertyName("variable");
        });
    }
}

internal sealed class SetMonitoringBaseCommandValidator : AbstractValidator<SetMonitoringBaseCommand>
{
    public SetMonitoringBaseCommandValidator() => RuleFor(c => c.MonitoringBase).NotNull();
}

internal sealed class SetMonitoringLevelCommandValidator : AbstractValidator<SetMonitoringLevelCommand>
{
    public SetMonitoringLevelCommandValidator() => RuleFor(c => c.Severity).NotNull().Severity();
}

internal sealed class ClearVariableMonitoringCommandValidator : AbstractValidator<ClearVariableMonitoringCommand>
{
    public ClearVariableMonitoringCommandValidator() => RuleFor(c => c.Id).NotEmpty();
}

internal sealed class GetMonitoringReportCommandValidator : AbstractValidator<GetMonitoringReportCommand>
{
    public GetMonitoringReportCommandValidator()
    {
        // The schema allows one to three criteria (there are three kinds) and at least one component when given.
        RuleFor(c => c.MonitoringCriteria).Must(criteria => criteria is null || criteria.Count is >= 1 and <= 3)
            .WithMessage("'{PropertyName}' must name one to three criteria, or be left out.");
        RuleFor(c => c.ComponentVariable).Must(list => list is null || list.Count > 0).WithMessage("'{PropertyName}' must not be empty; leave it out to report all.");
        RuleForEach(c => c.ComponentVariable).ChildRules(cv =>
        {
            cv.RuleFor(x => x.Component).NotNull().SetValidator(new ComponentBodyValidator()!).OverridePropertyName("component");
            cv.RuleFor(x => x.Variable).SetValidator(new VariableBodyValidator()!).OverridePropertyName("variable").When(x => x.Variable is not null);
        });
    }
}
