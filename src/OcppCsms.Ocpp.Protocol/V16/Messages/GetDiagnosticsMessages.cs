using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §6.25 GetDiagnostics.req.</summary>
public sealed record GetDiagnosticsRequest
{
    /// <summary>The URI of the directory the diagnostics file is uploaded to.</summary>
    public required string Location { get; init; }

    /// <summary>How many times to retry the upload; absent leaves it to the Charge Point.</summary>
    public int? Retries { get; init; }

    /// <summary>Seconds between attempts; absent leaves it to the Charge Point.</summary>
    public int? RetryInterval { get; init; }

    /// <summary>The oldest logging information to include.</summary>
    public DateTime? StartTime { get; init; }

    /// <summary>The latest logging information to include.</summary>
    public DateTime? StopTime { get; init; }
}

/// <summary>OCPP 1.6 §6.26 GetDiagnostics.conf.</summary>
public sealed record GetDiagnosticsResponse
{
    /// <summary>The name of the file that will be uploaded; absent when there is no diagnostic information.</summary>
    [MaxLength(255)]
    public string? FileName { get; init; }
}
