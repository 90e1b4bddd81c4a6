namespace OcppCsms.SharedKernel.Startup;

/// <summary>
/// A reason the CSMS cannot start that the operator can fix (configuration, database). The host prints its
/// message as one line and exits non-zero, without a stack trace.
/// </summary>
public sealed class StartupException(string message, Exception? innerException = null) : Exception(message, innerException);
