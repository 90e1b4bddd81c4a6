using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;
using OcppCsms.SharedKernel.Events;

namespace OcppCsms.Events.Streams;

/// <summary>The outcome of a WebSocket's first message: who the client is and what it subscribes to, or why it is refused.</summary>
internal sealed record InBandAuthentication(ClaimsPrincipal? Principal, EventFilter? Filter, string? Failure)
{
    [MemberNotNullWhen(true, nameof(Principal), nameof(Filter))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Succeeded => Failure is null;

    public static InBandAuthentication Fail(string reason) => new(null, null, reason);
}
