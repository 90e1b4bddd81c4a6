using OcppCsms.Authorization.Contracts;
using OcppCsms.Ocpp.Protocol.V16;

namespace OcppCsms.Transactions.Ocpp.V16;

/// <summary>A verdict on an id tag as OCPP 1.6 §7.27 IdTagInfo: the contract's statuses are the words of §7.2.</summary>
internal static class V16IdTagInfo
{
    public static IdTagInfo From(IdTagVerdict verdict) => new()
    {
        Status = Enum.Parse<AuthorizationStatus>(verdict.Status.ToString()),
        ExpiryDate = verdict.ExpiryDate,
        ParentIdTag = verdict.ParentIdTag,
    };
}
