using Microsoft.Extensions.Logging.Abstractions;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.Framing;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Dispatch;
using OcppCsms.Ocpp.Server.Sessions;

namespace OcppCsms.IntegrationTests.Ocpp;

/// <summary>The dispatcher's own rules, on handlers made for the purpose.</summary>
public sealed class OcppDispatcherTests
{
    [Fact]
    public async Task A_handler_that_throws_is_answered_InternalError_without_its_message()
    {
        var dispatcher = new OcppDispatcher([new Throwing()], NullLogger<OcppDispatcher>.Instance);

        var result = await dispatcher.DispatchAsync(new OcppCall("CP-1", OcppVersion.V16, "m-1", "DataTransfer", "{}"u8.ToArray()),
            new SessionRegistration("CP-1", new Accepting(), TimeProvider.System), CancellationToken.None);

        var error = Assert.IsType<OcppCallResult.Error>(result);
        Assert.Equal(OcppErrorCode.InternalError, error.Code);
        Assert.DoesNotContain("secret detail", error.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_action_the_version_defines_that_no_module_handles_is_NotSupported()
    {
        // Every station action of both versions has a handler in the product; a dispatcher without one shows the rule.
        var dispatcher = new OcppDispatcher([new Throwing()], NullLogger<OcppDispatcher>.Instance);

        var result = await dispatcher.DispatchAsync(new OcppCall("CP-1", OcppVersion.V16, "m-2", "Heartbeat", "{}"u8.ToArray()),
            new SessionRegistration("CP-1", new Accepting(), TimeProvider.System), CancellationToken.None);

        Assert.Equal(OcppErrorCode.NotSupported, Assert.IsType<OcppCallResult.Error>(result).Code);
    }

    [Fact]
    public void Two_handlers_for_one_action_of_one_version_are_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new OcppDispatcher([new Throwing(), new Throwing()], NullLogger<OcppDispatcher>.Instance));

        Assert.Contains("DataTransfer", error.Message, StringComparison.Ordinal);
    }

    private sealed class Accepting : IStationRegistrations
    {
        public ValueTask<StationRegistration> GetAsync(string stationId, CancellationToken cancellationToken) => ValueTask.FromResult(StationRegistration.Accepted);
    }

    private sealed class Throwing : IOcppCallHandler
    {
        public OcppVersion Version => OcppVersion.V16;

        public string Action => "DataTransfer";

        public ValueTask<OcppCallResult> HandleAsync(OcppCall call, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("secret detail");
    }
}
