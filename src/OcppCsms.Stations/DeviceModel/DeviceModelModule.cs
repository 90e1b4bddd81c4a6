using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OcppCsms.Identity.Contracts;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.SharedKernel.Api;

namespace OcppCsms.Stations.DeviceModel;

/// <summary>The 2.0.1 device model: NotifyReport, the answers to GetVariables/SetVariables, and <c>/variables</c>.</summary>
internal static class DeviceModelModule
{
    public static IServiceCollection AddDeviceModel(this IServiceCollection services) => services
        .AddSingleton<DeviceModelStore>()
        .AddSingleton<IOcppCallHandler, Ocpp.V201.NotifyReportHandler>()
        .AddSingleton<ICommandAnswerObserver, Ocpp.V201.GetVariablesObserver>()
        .AddSingleton<ICommandAnswerObserver, Ocpp.V201.SetVariablesObserver>()
        .AddSingleton<PasswordRotation>()
        .AddSingleton<ICommandAnswerObserver, Ocpp.V201.BasicAuthPasswordObserver>()
        .AddSingleton<IValidator<VariableFilter>, VariableFilterValidator>();

    public static IEndpointRouteBuilder MapDeviceModelApi(this IEndpointRouteBuilder app)
    {
        var station = app.MapGroup("/api/v1/stations/{id}").WithTags("Device model").RequireAuthorization(OperatorPolicies.Viewer).WithRequestValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        station.MapDeviceModelEndpoints();
        return app;
    }
}
