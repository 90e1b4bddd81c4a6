using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using OcppCsms.Ocpp.Protocol;

namespace OcppCsms.Simulator.Connection;

/// <summary>
/// Opens the WebSocket of a station: the OCPP subprotocol, HTTP Basic credentials when the station has a password, and —
/// for thousands of stations on one machine — a loopback source address per station (127.0.0.1 … 127.0.0.N). One source
/// address offers about 28,000 ephemeral ports towards one server port; spreading the stations over N addresses
/// multiplies that, so the load generator never runs into port exhaustion.
/// </summary>
internal sealed class StationSocketFactory : IDisposable
{
    private readonly HttpMessageInvoker[] _invokers;

    /// <param name="sourceAddresses">1: let the system pick the source address; N &gt; 1: bind to 127.0.0.1 … 127.0.0.N.</param>
    public StationSocketFactory(int sourceAddresses)
    {
        _invokers = sourceAddresses <= 1
            ? [new HttpMessageInvoker(new SocketsHttpHandler())]
            : Enumerable.Range(1, sourceAddresses).Select(i => new HttpMessageInvoker(BoundHandler(new IPAddress([127, 0, 0, (byte)i])))).ToArray();
    }

    public int SourceAddresses => _invokers.Length;

    public async Task<ClientWebSocket> ConnectAsync(StationEndpoint endpoint, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(OcppSubProtocol.Of(endpoint.Version));
        // The CSMS keeps the connection alive with its own pings; the station answers them (RFC 6455 §5.5.2).
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        if (endpoint.Password is { } password)
        {
            // OCPP 1.6 security whitepaper §2.1 (profile 1/2) and OCPP 2.0.1 part 2 A00.FR.201: Basic <identity>:<password>.
            var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{endpoint.StationId}:{password}"));
            socket.Options.SetRequestHeader("Authorization", $"Basic {credentials}");
        }

        try
        {
            await socket.ConnectAsync(endpoint.Url, _invokers[endpoint.Index % _invokers.Length], cancellationToken);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        if (socket.SubProtocol != OcppSubProtocol.Of(endpoint.Version))
        {
            socket.Abort();
            socket.Dispose();
            // OCPP-J 1.6 §3.1.2 / OCPP 2.0.1 part 4 §3.1.2: a server that answers no subprotocol does not speak this version.
            throw new WebSocketException($"The CSMS did not accept the subprotocol {OcppSubProtocol.Of(endpoint.Version)}.");
        }

        return socket;
    }

    public void Dispose()
    {
        foreach (var invoker in _invokers)
        {
            invoker.Dispose();
        }
    }

    private static SocketsHttpHandler BoundHandler(IPAddress source) => new()
    {
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(source, 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}
