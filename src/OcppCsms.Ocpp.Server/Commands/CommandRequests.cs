using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

/// <summary><c>POST …/commands/reset</c>: Soft (2.0.1 OnIdle) or Hard (2.0.1 Immediate); <c>evseId</c> only for 2.0.1 stations.</summary>
internal sealed record ResetCommand(ResetKind Type, int? EvseId = null);

/// <summary><c>POST …/commands/trigger-message</c>: the message, and the 1.6 connector or 2.0.1 EVSE it concerns.</summary>
internal sealed record TriggerMessageCommand(TriggeredMessage Message, int? ConnectorOrEvseId = null);
