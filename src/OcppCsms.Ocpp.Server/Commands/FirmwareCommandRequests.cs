using FluentValidation;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

/// <summary><c>POST …/commands/get-diagnostics</c>: where to upload, how often to retry, and the time window to include.</summary>
internal sealed record GetDiagnosticsCommand(string? Location, int? Retries, int? RetryInterval, DateTime? StartTime, DateTime? StopTime)
{
    public DiagnosticsUpload ToRequest() => new(Location!, Retries, RetryInterval, StartTime, StopTime);
}

/// <summary><c>POST …/commands/update-firmware</c>: where to download from, not before when, how often to retry.</summary>
internal sealed record UpdateFirmwareCommand(string? Location, DateTime? RetrieveDate, int? Retries, int? RetryInterval)
{
    public FirmwareUpdate ToRequest() => new(Location!, RetrieveDate!.Value, Retries, RetryInterval);
}

internal sealed class GetDiagnosticsCommandValidator : AbstractValidator<GetDiagnosticsCommand>
{
    public GetDiagnosticsCommandValidator()
    {
        RuleFor(c => c.Location).Location();
        RuleFor(c => c.Retries).Attempts();
        RuleFor(c => c.RetryInterval).Attempts();
        RuleFor(c => c.StopTime).NotBefore(c => c.StartTime, "startTime");
    }
}

internal sealed class UpdateFirmwareCommandValidator : AbstractValidator<UpdateFirmwareCommand>
{
    public UpdateFirmwareCommandValidator()
    {
        RuleFor(c => c.Location).Location();
        RuleFor(c => c.RetrieveDate).NotNull();
        RuleFor(c => c.Retries).Attempts();
        RuleFor(c => c.RetryInterval).Attempts();
    }
}
