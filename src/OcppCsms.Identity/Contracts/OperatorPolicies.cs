namespace OcppCsms.Identity.Contracts;

/// <summary>
/// The authorization policies every endpoint group names. Roles are cumulative: an Admin may do what an Operator may,
/// an Operator what a Viewer may.
/// </summary>
public static class OperatorPolicies
{
    /// <summary>Read access: any signed-in user or API key.</summary>
    public const string Viewer = "Viewer";

    /// <summary>Run the network: stations, tags, transactions, commands, tariffs.</summary>
    public const string Operator = "Operator";

    /// <summary>Users, API keys and the audit log.</summary>
    public const string Admin = "Admin";
}
