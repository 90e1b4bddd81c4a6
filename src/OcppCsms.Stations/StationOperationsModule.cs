using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OcppCsms.Identity.Contracts;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.SharedKernel.Api;
using OcppCsms.Stations.Certificates;
using OcppCsms.Stations.DataTransfers;
using OcppCsms.Stations.Events;
using OcppCsms.Stations.Firmware;
using OcppCsms.Stations.Reports;
using OcppCsms.Stations.SecurityEvents;

namespace OcppCsms.Stations;

/// <summary>
/// What stations report about their operation and ask of the CSMS beside charging: firmware, diagnostics and log
/// statuses, security events, 2.0.1 NotifyEvent events, vendor DataTransfers, and certificates (SignCertificate, and the certificate commands).
/// </summary>
internal static class StationOperationsModule
{
    public static IHostApplicationBuilder AddStationOperations(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<FirmwareReports>();
        services.AddSingleton<IOcppCallHandler, Ocpp.V16.FirmwareStatusNotificationHandler>();
        services.AddSingleton<IOcppCallHandler, Ocpp.V16.SignedFirmwareStatusNotificationHandler>();
        services.AddSingleton<IOcppCallHandler, Ocpp.V16.DiagnosticsStatusNotificationHandler>();
        services.AddSingleton<IOcppCallHandler, Ocpp.V16.LogStatusNotificationHandler>();
        services.AddSingleton<IOcppCallHandler, Ocpp.V201.FirmwareStatusNotificationHandler>();
        services.AddSingleton<IOcppCallHandler, Ocpp.V201.PublishFirmwareStatusNotificationHandler>();
        services.AddSingleton<IOcppCallHandler, Ocpp.V201.LogStatusNotificationHandler>();
        services.AddSingleton<IValidator<FirmwareHistoryFilter>, FirmwareHistoryFilterValidator>();

        services.AddSingleton<SecurityEventLog>();
        services.AddSingleton<IOcppCallHandler, Ocpp.V16.SecurityEventNotificationHandler>();
        services.AddSingleton<IOcppCallHandler, Ocpp.V201.SecurityEventNotificationHandler>();
        services.AddSingleton<IValidator<SecurityEventFilter>, SecurityEventFilterValidator>();

        services.AddSingleton<StationEventLog>();
        services.AddSingleton<IOcppCallHandler, Ocpp.V201.NotifyEventHandler>();
        services.AddSingleton<IValidator<StationEventFilter>, StationEventFilterValidator>();

        services.AddOptions<DataTransferOptions>().Bind(builder.Configuration.GetSection(DataTransferOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DataTransferOptions>, DataTransferOptionsValidator>();
        services.AddSingleton<IDataTransferHandler, AcceptedVendorsHandler>();
        services.AddSingleton<IValidator<DataTransferFilter>, DataTransferFilterValidator>();

        services.AddOptions<CertificateAuthorityOptions>().Bind(builder.Configuration.GetSection(CertificateAuthorityOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CertificateAuthorityOptions>, CertificateAuthorityOptionsValidator>();
        services.TryAddSingleton<ICertificateSigner, FileCertificateAuthority>();
        services.AddSingleton<CertificateSigningWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<CertificateSigningWorker>());
        services.AddSingleton<CertificateSigning>();
        services.AddSingleton<IOcppCallHandler, Ocpp.V16.SignCertificateHandler>();
        services.AddSingleton<IOcppCallHandler, Ocpp.V201.SignCertificateHandler>();
        services.TryAddSingleton<IIso15118CertificateService, NoIso15118CertificateService>();
        services.AddSingleton<IOcppCallHandler, Ocpp.V201.Get15118EVCertificateHandler>();
        services.AddSingleton<IOcppCallHandler, Ocpp.V201.GetCertificateStatusHandler>();
        services.AddSingleton<IValidator<InstallCertificateCommand>, InstallCertificateCommandValidator>();
        services.AddSingleton<IValidator<GetInstalledCertificateIdsCommand>, GetInstalledCertificateIdsCommandValidator>();
        services.AddSingleton<IValidator<DeleteCertificateCommand>, DeleteCertificateCommandValidator>();
        services.AddSingleton<IValidator<CertificateSignedCommand>, CertificateSignedCommandValidator>();
        return builder;
    }

    public static IEndpointRouteBuilder MapStationOperationsApi(this IEndpointRouteBuilder app)
    {
        var station = app.MapGroup("/api/v1/stations/{id}").WithTags("Station operations").RequireAuthorization(OperatorPolicies.Viewer).WithRequestValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        station.MapFirmwareEndpoints();
        station.MapSecurityEventEndpoints();
        station.MapStationEventEndpoints();
        station.MapDataTransferEndpoints();
        station.MapStationReportEndpoints();
        app.MapCertificateCommandEndpoints();
        return app;
    }
}
