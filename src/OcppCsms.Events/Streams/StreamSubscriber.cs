using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using OcppCsms.Identity.Contracts;

namespace OcppCsms.Events.Streams;

internal static class StreamSubscriber
{
    /// <summary>How a stream is named in the bus's warning when it is dropped: transport, operator and address.</summary>
    public static string Name(string transport, ClaimsPrincipal principal, HttpContext context) =>
        $"{transport} stream of {principal.FindFirstValue(OperatorClaims.Name) ?? "unknown"} from {context.Connection.RemoteIpAddress}:{context.Connection.RemotePort}";
}
