using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

/// <summary>The validators of the command bodies, registered one by one (no assembly scanning).</summary>
internal static class CommandValidators
{
    public static IServiceCollection AddCommandValidators(this IServiceCollection services) => services
        .AddSingleton<IValidator<RemoteStartCommand>, RemoteStartCommandValidator>()
        .AddSingleton<IValidator<RemoteStopCommand>, RemoteStopCommandValidator>()
        .AddSingleton<IValidator<ResetCommand>, ResetCommandValidator>()
        .AddSingleton<IValidator<UnlockConnectorCommand>, UnlockConnectorCommandValidator>()
        .AddSingleton<IValidator<ChangeAvailabilityCommand>, ChangeAvailabilityCommandValidator>()
        .AddSingleton<IValidator<GetConfigurationCommand>, GetConfigurationCommandValidator>()
        .AddSingleton<IValidator<ChangeConfigurationCommand>, ChangeConfigurationCommandValidator>()
        .AddSingleton<IValidator<DataTransferCommand>, DataTransferCommandValidator>()
        .AddSingleton<IValidator<GetDiagnosticsCommand>, GetDiagnosticsCommandValidator>()
        .AddSingleton<IValidator<UpdateFirmwareCommand>, UpdateFirmwareCommandValidator>()
        .AddSingleton<IValidator<TriggerCommand<TriggeredMessage>>, TriggerCommandValidator<TriggeredMessage>>()
        .AddSingleton<IValidator<TriggerCommand<ExtendedTriggeredMessage>>, TriggerCommandValidator<ExtendedTriggeredMessage>>()
        .AddSingleton<IValidator<GetLogCommand>, GetLogCommandValidator>()
        .AddSingleton<IValidator<SignedUpdateFirmwareCommand>, SignedUpdateFirmwareCommandValidator>()
        .AddSingleton<IValidator<GetBaseReportCommand>, GetBaseReportCommandValidator>()
        .AddSingleton<IValidator<GetReportCommand>, GetReportCommandValidator>()
        .AddSingleton<IValidator<GetVariablesCommand>, GetVariablesCommandValidator>()
        .AddSingleton<IValidator<SetVariablesCommand>, SetVariablesCommandValidator>()
        .AddSingleton<IValidator<SetNetworkProfileCommand>, SetNetworkProfileCommandValidator>()
        .AddSingleton<IValidator<GetTransactionStatusCommand>, GetTransactionStatusCommandValidator>();
}
