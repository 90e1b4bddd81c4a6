using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace OcppCsms.Ocpp.Server.Commands;

/// <summary>The validators of the bodies of the commands only OCPP 2.0.1 has, registered one by one (no assembly scanning).</summary>
internal static class V201CommandValidators
{
    public static IServiceCollection AddV201CommandValidators(this IServiceCollection services) => services
        .AddSingleton<IValidator<SetVariableMonitoringCommand>, SetVariableMonitoringCommandValidator>()
        .AddSingleton<IValidator<SetMonitoringBaseCommand>, SetMonitoringBaseCommandValidator>()
        .AddSingleton<IValidator<SetMonitoringLevelCommand>, SetMonitoringLevelCommandValidator>()
        .AddSingleton<IValidator<ClearVariableMonitoringCommand>, ClearVariableMonitoringCommandValidator>()
        .AddSingleton<IValidator<GetMonitoringReportCommand>, GetMonitoringReportCommandValidator>()
        .AddSingleton<IValidator<SetDisplayMessageCommand>, SetDisplayMessageCommandValidator>()
        .AddSingleton<IValidator<GetDisplayMessagesCommand>, GetDisplayMessagesCommandValidator>()
        .AddSingleton<IValidator<ClearDisplayMessageCommand>, ClearDisplayMessageCommandValidator>()
        .AddSingleton<IValidator<CustomerInformationCommand>, CustomerInformationCommandValidator>()
        .AddSingleton<IValidator<CostUpdatedCommand>, CostUpdatedCommandValidator>()
        .AddSingleton<IValidator<PublishFirmwareCommand>, PublishFirmwareCommandValidator>()
        .AddSingleton<IValidator<UnpublishFirmwareCommand>, UnpublishFirmwareCommandValidator>()
        .AddSingleton<IValidator<GetChargingProfilesCommand>, GetChargingProfilesCommandValidator>();
}
