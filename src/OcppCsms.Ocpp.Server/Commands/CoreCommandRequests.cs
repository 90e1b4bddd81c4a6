using System.Globalization;
using System.Text.Json;
using FluentValidation;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Contracts.SmartCharging;

namespace OcppCsms.Ocpp.Server.Commands;

/// <summary>
/// <c>POST …/commands/remote-start</c>: <c>connectorId</c> is the 1.6 connector or the 2.0.1 EVSE (absent, the station
/// chooses); <c>chargingProfile</c> a TxProfile for the transaction.
/// </summary>
internal sealed record RemoteStartCommand(string? IdTag, int? ConnectorId, ChargingProfile? ChargingProfile)
{
    public RemoteStart ToRequest() => new(IdTag!, ConnectorId, ChargingProfile);
}

/// <summary><c>POST …/commands/remote-stop</c>: the station-facing transaction id, a number (1.6) or a string (2.0.1).</summary>
internal sealed record RemoteStopCommand(JsonElement? TransactionId)
{
    public string StationTransactionId() => TransactionId!.Value.ValueKind == JsonValueKind.Number
        ? TransactionId.Value.GetInt64().ToString(CultureInfo.InvariantCulture)
        : TransactionId.Value.GetString()!;
}

/// <summary><c>POST …/commands/reset</c>: Soft (2.0.1 OnIdle) or Hard (2.0.1 Immediate); <c>evseId</c> only for 2.0.1 stations.</summary>
internal sealed record ResetCommand(ResetKind? Type, int? EvseId);

/// <summary><c>POST …/commands/unlock-connector</c>: a 1.6 connector; for 2.0.1 a connector of <c>evseId</c>, or without it connector 1 of EVSE <c>connectorId</c>.</summary>
internal sealed record UnlockConnectorCommand(int? ConnectorId, int? EvseId);

/// <summary><c>POST …/commands/change-availability</c>: connector 0 is the whole station; for 2.0.1 <c>evseId</c> narrows to one EVSE (and its <c>connectorId</c>).</summary>
internal sealed record ChangeAvailabilityCommand(int? ConnectorId, int? EvseId, AvailabilityKind? Type);

/// <summary><c>POST …/commands/get-configuration</c> (body optional): the keys to read, or all.</summary>
internal sealed record GetConfigurationCommand(IReadOnlyList<string>? Keys);

/// <summary><c>POST …/commands/change-configuration</c>.</summary>
internal sealed record ChangeConfigurationCommand(string? Key, string? Value);

/// <summary><c>POST …/commands/data-transfer</c>: <c>data</c> is any JSON for 2.0.1, a string for 1.6.</summary>
internal sealed record DataTransferCommand(string? VendorId, string? MessageId, JsonElement? Data)
{
    public CsmsDataTransfer ToRequest() => new(VendorId!, MessageId, Data);
}

internal sealed class RemoteStartCommandValidator : AbstractValidator<RemoteStartCommand>
{
    public RemoteStartCommandValidator()
    {
        RuleFor(c => c.IdTag).NotEmpty();
        RuleFor(c => c.ConnectorId).ConnectorOrEvse();
        RuleFor(c => c.ChargingProfile!).SetValidator(new ChargingProfileValidator()).When(c => c.ChargingProfile is not null);
        // OCPP 1.6 §5.16.2, 2.0.1 F01.FR.09/F01.FR.11: a TxProfile for the transaction about to start, which has no id yet.
        RuleFor(c => c.ChargingProfile!.Purpose).Equal(ChargingProfilePurpose.TxProfile).When(c => c.ChargingProfile is not null)
            .WithMessage("A remote start carries a TxProfile only.").OverridePropertyName("chargingProfile.purpose");
        RuleFor(c => c.ChargingProfile!.TransactionId).Null().When(c => c.ChargingProfile is not null)
            .WithMessage("The transaction has no id yet: leave transactionId out.").OverridePropertyName("chargingProfile.transactionId");
    }
}

internal sealed class RemoteStopCommandValidator : AbstractValidator<RemoteStopCommand>
{
    public RemoteStopCommandValidator() =>
        RuleFor(c => c.TransactionId).Must(id => id switch
            {
                { ValueKind: JsonValueKind.Number } number => number.TryGetInt64(out _),
                { ValueKind: JsonValueKind.String } text => text.GetString()!.Length > 0,
                _ => false,
            })
            .WithMessage("'transactionId' is required: the station's transaction id, an integer (OCPP 1.6) or a string (OCPP 2.0.1).");
}

internal sealed class ResetCommandValidator : AbstractValidator<ResetCommand>
{
    public ResetCommandValidator()
    {
        RuleFor(c => c.Type).NotNull();
        RuleFor(c => c.EvseId).ConnectorOrEvse();
    }
}

internal sealed class UnlockConnectorCommandValidator : AbstractValidator<UnlockConnectorCommand>
{
    public UnlockConnectorCommandValidator()
    {
        RuleFor(c => c.ConnectorId).NotNull().ConnectorOrEvse();
        RuleFor(c => c.EvseId).ConnectorOrEvse();
    }
}

internal sealed class ChangeAvailabilityCommandValidator : AbstractValidator<ChangeAvailabilityCommand>
{
    public ChangeAvailabilityCommandValidator()
    {
        RuleFor(c => c.ConnectorId).NotNull().GreaterThanOrEqualTo(0);
        RuleFor(c => c.EvseId).ConnectorOrEvse();
        RuleFor(c => c.Type).NotNull();
    }
}

internal sealed class GetConfigurationCommandValidator : AbstractValidator<GetConfigurationCommand>
{
    public GetConfigurationCommandValidator() => RuleForEach(c => c.Keys).NotEmpty();
}

internal sealed class ChangeConfigurationCommandValidator : AbstractValidator<ChangeConfigurationCommand>
{
    public ChangeConfigurationCommandValidator()
    {
        RuleFor(c => c.Key).NotEmpty();
        // An empty value is a value: a comma-separated list may be emptied.
        RuleFor(c => c.Value).NotNull();
    }
}

internal sealed class DataTransferCommandValidator : AbstractValidator<DataTransferCommand>
{
    public DataTransferCommandValidator() => RuleFor(c => c.VendorId).NotEmpty();
}
