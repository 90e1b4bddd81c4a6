using FluentValidation;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

/// <summary><c>POST …/commands/get-log</c>: absent a <c>requestId</c>, the CSMS allocates one and answers with it.</summary>
internal sealed record GetLogCommand(LogKind? LogType, int? RequestId, LogParameters? Log, int? Retries, int? RetryInterval)
{
    public LogUpload ToRequest() => new(LogType!.Value, Log!.RemoteLocation!, Log.OldestTimestamp, Log.LatestTimestamp, RequestId, Retries, RetryInterval);
}

/// <summary>Where the log goes and which period it covers (whitepaper §6.14 LogParametersType).</summary>
internal sealed record LogParameters(string? RemoteLocation, DateTime? OldestTimestamp, DateTime? LatestTimestamp);

/// <summary><c>POST …/commands/signed-update-firmware</c>: absent a <c>requestId</c>, the CSMS allocates one and answers with it.</summary>
internal sealed record SignedUpdateFirmwareCommand(int? RequestId, int? Retries, int? RetryInterval, SignedFirmware? Firmware)
{
    public SignedFirmwareUpdate ToRequest() => new(
        Firmware!.Location!, Firmware.RetrieveDateTime!.Value, Firmware.SigningCertificate!, Firmware.Signature!, Firmware.InstallDateTime, RequestId, Retries, RetryInterval);
}

/// <summary>The signed firmware (whitepaper §6.9 FirmwareType).</summary>
internal sealed record SignedFirmware(string? Location, DateTime? RetrieveDateTime, DateTime? InstallDateTime, string? SigningCertificate, string? Signature);

internal sealed class GetLogCommandValidator : AbstractValidator<GetLogCommand>
{
    public GetLogCommandValidator()
    {
        RuleFor(c => c.LogType).NotNull();
        RuleFor(c => c.Log).NotNull();
        When(c => c.Log is not null, () =>
        {
            // Nested fields are named by their JSON path, as the 400 answer's errors map names fields.
            RuleFor(c => c.Log!.RemoteLocation).Location().OverridePropertyName("log.remoteLocation");
            RuleFor(c => c.Log!.LatestTimestamp).NotBefore(c => c.Log!.OldestTimestamp, "log.oldestTimestamp").OverridePropertyName("log.latestTimestamp");
        });
        RuleFor(c => c.Retries).Attempts();
        RuleFor(c => c.RetryInterval).Attempts();
    }
}

internal sealed class SignedUpdateFirmwareCommandValidator : AbstractValidator<SignedUpdateFirmwareCommand>
{
    public SignedUpdateFirmwareCommandValidator()
    {
        RuleFor(c => c.Firmware).NotNull();
        When(c => c.Firmware is not null, () =>
        {
            RuleFor(c => c.Firmware!.Location).Location().OverridePropertyName("firmware.location");
            RuleFor(c => c.Firmware!.RetrieveDateTime).NotNull().OverridePropertyName("firmware.retrieveDateTime");
            // L01.FR.11/12: the station verifies the signature with this PEM X.509 certificate.
            RuleFor(c => c.Firmware!.SigningCertificate).NotEmpty()
                .Must(pem => pem is null || pem.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal))
                .WithMessage("'firmware.signingCertificate' must be a PEM encoded X.509 certificate.")
                .OverridePropertyName("firmware.signingCertificate");
            RuleFor(c => c.Firmware!.Signature).NotEmpty()
                .Must(signature => signature is null || IsBase64(signature)).WithMessage("'firmware.signature' must be base64.")
                .OverridePropertyName("firmware.signature");
        });
        RuleFor(c => c.Retries).Attempts();
        RuleFor(c => c.RetryInterval).Attempts();
    }

    private static bool IsBase64(string text) => Convert.TryFromBase64String(text, new byte[text.Length], out _);
}
