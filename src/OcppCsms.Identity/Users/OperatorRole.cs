namespace OcppCsms.Identity.Users;

/// <summary>What an operator may do: Admin everything, Operator run the network, Viewer read only.</summary>
internal enum OperatorRole
{
    Admin,
    Operator,
    Viewer,
}
