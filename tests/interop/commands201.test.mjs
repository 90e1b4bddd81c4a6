// Every command the CSMS sends to an OCPP 2.0.1 station, driven over the operator REST API, to an independent 2.0.1
// station: ocpp-rpc in strict mode checks each CALL the CSMS sends against the official 2.0.1 JSON schemas and answers
// a CALLERROR instead of calling the handler when one is not valid, so a frame the CSMS gets wrong shows up here as a
// 502, even if our own tests agree with it.
import assert from 'node:assert/strict';
import { certificate, commandSuite } from './command-suite.mjs';

const stationId = 'INTEROP-COMMANDS-201';
const fromNow = (hours) => new Date(Date.now() + hours * 3_600_000).toISOString();
const hashData = { hashAlgorithm: 'SHA256', issuerNameHash: 'a1b2', issuerKeyHash: 'c3d4', serialNumber: '01' };
const component = { name: 'EVSE', evse: { id: 1 } };
const variable = { name: 'Power' };
// Ids the CSMS allocates, for the commands that refer to them later.
const allocated = {};
/** The id the CSMS allocated and answered with (`ocppRequestId`, or the reservation's): an integer, never absent. */
const requestIdOf = (answer, field = 'ocppRequestId') => {
  assert.ok(Number.isInteger(answer[field]), `${field} ${answer[field]}`);
  return answer[field];
};

// What the station answers, per action: valid answers, which strict mode checks on their way out too.
const answers = {
  RequestStartTransaction: { status: 'Accepted' },
  RequestStopTransaction: { status: 'Accepted' },
  Reset: { status: 'Scheduled' },
  UnlockConnector: { status: 'Unlocked' },
  ChangeAvailability: { status: 'Scheduled' },
  ClearCache: { status: 'Accepted' },
  DataTransfer: { status: 'Accepted', data: { pong: true } },
  GetLog: { status: 'Accepted', filename: 'station.log' },
  UpdateFirmware: { status: 'Accepted' },
  TriggerMessage: { status: 'Accepted' },
  ReserveNow: { status: 'Accepted' },
  CancelReservation: { status: 'Accepted' },
  SendLocalList: { status: 'Accepted' },
  GetLocalListVersion: { versionNumber: 2 },
  SetChargingProfile: { status: 'Accepted' },
  ClearChargingProfile: { status: 'Accepted' },
  GetCompositeSchedule: {
    status: 'Accepted',
    schedule: { evseId: 1, duration: 3600, scheduleStart: fromNow(0), chargingRateUnit: 'A', chargingSchedulePeriod: [{ startPeriod: 0, limit: 16 }] },
  },
  GetChargingProfiles: { status: 'Accepted' },
  InstallCertificate: { status: 'Accepted' },
  GetInstalledCertificateIds: { status: 'Accepted', certificateHashDataChain: [{ certificateType: 'ManufacturerRootCertificate', certificateHashData: hashData }] },
  DeleteCertificate: { status: 'Accepted' },
  CertificateSigned: { status: 'Accepted' },
  GetVariables: { getVariableResult: [{ attributeStatus: 'Accepted', attributeType: 'Actual', attributeValue: '300', component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' } }] },
  SetVariables: { setVariableResult: [{ attributeStatus: 'Accepted', attributeType: 'Actual', component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' } }] },
  GetBaseReport: { status: 'Accepted' },
  GetReport: { status: 'Accepted' },
  SetNetworkProfile: { status: 'Accepted' },
  GetTransactionStatus: { ongoingIndicator: true, messagesInQueue: false },
  SetVariableMonitoring: { setMonitoringResult: [{ id: 4, status: 'Accepted', type: 'UpperThreshold', severity: 5, component, variable }] },
  SetMonitoringBase: { status: 'Accepted' },
  SetMonitoringLevel: { status: 'Accepted' },
  ClearVariableMonitoring: { clearMonitoringResult: [{ status: 'Accepted', id: 4 }] },
  GetMonitoringReport: { status: 'Accepted' },
  SetDisplayMessage: { status: 'Accepted' },
  GetDisplayMessages: { status: 'Accepted' },
  ClearDisplayMessage: { status: 'Accepted' },
  CustomerInformation: { status: 'Accepted' },
  CostUpdated: {},
  PublishFirmware: { status: 'Accepted' },
  UnpublishFirmware: { status: 'Unpublished' },
};

// Each command as an operator sends it (a label, the command, its body or a function making it), the action the station
// must receive, and a check of the frame (with the REST answer, for the ids the CSMS allocates).
const commands = [
  ['remote-start', 'remote-start', { idTag: 'TAG-INTEROP', connectorId: 1 }, 'RequestStartTransaction', (p, a) => {
    assert.deepEqual([p.idToken, p.evseId], [{ idToken: 'TAG-INTEROP', type: 'Central' }, 1]);
    assert.equal(p.remoteStartId, requestIdOf(a));
  }],
  ['remote-start with a TxProfile', 'remote-start', () => ({
    idTag: 'TAG-INTEROP', connectorId: 1,
    chargingProfile: {
      id: 3, stackLevel: 0, purpose: 'TxProfile', kind: 'Absolute',
      schedule: { startSchedule: fromNow(0), chargingRateUnit: 'W', minChargingRate: 1.5, periods: [{ startPeriod: 0, limit: 7400.5, numberPhases: 3 }] },
    },
  }), 'RequestStartTransaction', (p) => assert.equal(p.chargingProfile.chargingProfilePurpose, 'TxProfile')],
  ['remote-stop', 'remote-stop', { transactionId: 'TX-INTEROP-17' }, 'RequestStopTransaction', (p) => assert.equal(p.transactionId, 'TX-INTEROP-17')],
  ['reset Soft', 'reset', { type: 'Soft' }, 'Reset', (p) => assert.deepEqual(p, { type: 'OnIdle' })],
  ['reset Hard of an EVSE', 'reset', { type: 'Hard', evseId: 1 }, 'Reset', (p) => assert.deepEqual(p, { type: 'Immediate', evseId: 1 })],
  ['unlock-connector', 'unlock-connector', { connectorId: 2 }, 'UnlockConnector', (p) => assert.deepEqual(p, { evseId: 2, connectorId: 1 })],
  ['change-availability of the station', 'change-availability', { connectorId: 0, type: 'Inoperative' }, 'ChangeAvailability',
    (p) => assert.deepEqual([p.operationalStatus, p.evse], ['Inoperative', undefined])],
  ['change-availability of a connector', 'change-availability', { evseId: 1, connectorId: 2, type: 'Operative' }, 'ChangeAvailability',
    (p) => assert.deepEqual([p.operationalStatus, p.evse], ['Operative', { id: 1, connectorId: 2 }])],
  ['clear-cache', 'clear-cache', undefined, 'ClearCache', (p) => assert.deepEqual(p, {})],
  ['data-transfer', 'data-transfer', { vendorId: 'com.example.interop', messageId: 'ping', data: { n: 1 } }, 'DataTransfer',
    (p) => assert.deepEqual(p.data, { n: 1 })],
  ['get-diagnostics', 'get-diagnostics', () => ({ location: 'ftp://logs.example.com/', retries: 2, retryInterval: 30, startTime: fromNow(-24), stopTime: fromNow(0) }),
    'GetLog', (p, a) => assert.deepEqual([p.logType, p.log.remoteLocation, p.requestId], ['DiagnosticsLog', 'ftp://logs.example.com/', requestIdOf(a)])],
  ['update-firmware', 'update-firmware', () => ({ location: 'https://firmware.example.com/fw.bin', retrieveDate: fromNow(1), retries: 1 }),
    'UpdateFirmware', (p, a) => assert.deepEqual([p.firmware.location, p.firmware.signature, p.requestId], ['https://firmware.example.com/fw.bin', undefined, requestIdOf(a)])],
  ...['BootNotification', 'FirmwareStatusNotification', 'Heartbeat', 'MeterValues', 'StatusNotification'].map((message) =>
    [`trigger-message ${message}`, 'trigger-message', { requestedMessage: message, connectorId: message === 'StatusNotification' ? 1 : undefined }, 'TriggerMessage',
      (p) => assert.equal(p.requestedMessage, message)]),
  ...[['BootNotification', 'BootNotification'], ['LogStatusNotification', 'LogStatusNotification'], ['FirmwareStatusNotification', 'FirmwareStatusNotification'],
    ['Heartbeat', 'Heartbeat'], ['MeterValues', 'MeterValues'], ['SignChargePointCertificate', 'SignChargingStationCertificate'], ['StatusNotification', 'StatusNotification']]
    .map(([message, sent]) => [`extended-trigger-message ${message}`, 'extended-trigger-message', { requestedMessage: message, connectorId: 1 }, 'TriggerMessage',
      (p) => assert.equal(p.requestedMessage, sent)]),
  ['get-log', 'get-log', () => ({ logType: 'SecurityLog', log: { remoteLocation: 'https://logs.example.com/upload', oldestTimestamp: fromNow(-24) }, retries: 1 }),
    'GetLog', (p, a) => assert.deepEqual([p.logType, p.requestId], ['SecurityLog', requestIdOf(a)])],
  ['signed-update-firmware', 'signed-update-firmware', () => ({
    retries: 2,
    firmware: { location: 'https://firmware.example.com/fw.bin', retrieveDateTime: fromNow(1), signingCertificate: certificate, signature: 'c2lnbmF0dXJl' },
  }), 'UpdateFirmware', (p) => assert.deepEqual([p.firmware.signature, p.firmware.signingCertificate], ['c2lnbmF0dXJl', certificate])],
  // Reservations, local lists, smart charging and certificates: the commands the owning modules map.
  ['reserve-now', 'reserve-now', () => ({ connectorId: 1, idTag: 'TAG-INTEROP', expiryDate: fromNow(1) }), 'ReserveNow',
    (p, a) => assert.deepEqual([p.idToken, p.evseId, p.id], [{ idToken: 'TAG-INTEROP', type: 'ISO14443' }, 1, requestIdOf(a, 'reservationId')])],
  ['cancel-reservation', 'cancel-reservation', () => ({ reservationId: allocated.reservationId }), 'CancelReservation',
    (p) => assert.equal(p.reservationId, allocated.reservationId)],
  ['send-local-list Full', 'send-local-list', { updateType: 'Full', localAuthorizationList: [{ idTag: 'TAG-LIST', idTagInfo: { status: 'Accepted' } }] }, 'SendLocalList',
    (p) => assert.deepEqual([p.updateType, p.versionNumber, p.localAuthorizationList[0].idToken.idToken], ['Full', 1, 'TAG-LIST'])],
  ['send-local-list Differential', 'send-local-list', { updateType: 'Differential', localAuthorizationList: [{ idTag: 'TAG-LIST' }] }, 'SendLocalList',
    (p) => assert.deepEqual([p.updateType, p.versionNumber, p.localAuthorizationList[0].idTokenInfo], ['Differential', 2, undefined])],
  ['get-local-list-version', 'get-local-list-version', undefined, 'GetLocalListVersion', (p) => assert.deepEqual(p, {})],
  ['set-charging-profile', 'set-charging-profile', () => ({
    connectorId: 0,
    chargingProfile: {
      id: 9, stackLevel: 0, purpose: 'ChargePointMaxProfile', kind: 'Recurring', recurrency: 'Daily',
      schedule: { duration: 86400, startSchedule: fromNow(0), chargingRateUnit: 'A', periods: [{ startPeriod: 0, limit: 32 }, { startPeriod: 25200, limit: 16.5 }] },
    },
  }), 'SetChargingProfile', (p) => assert.deepEqual([p.evseId, p.chargingProfile.id, p.chargingProfile.chargingProfilePurpose], [0, 9, 'ChargingStationMaxProfile'])],
  ['get-composite-schedule', 'get-composite-schedule', { connectorId: 1, duration: 3600, chargingRateUnit: 'A' }, 'GetCompositeSchedule',
    (p) => assert.deepEqual([p.evseId, p.duration, p.chargingRateUnit], [1, 3600, 'A'])],
  ['get-charging-profiles', 'get-charging-profiles', { evseId: 1, chargingProfile: { chargingProfilePurpose: 'TxDefaultProfile' } }, 'GetChargingProfiles',
    (p, a) => assert.deepEqual([p.evseId, p.chargingProfile.chargingProfilePurpose, p.requestId], [1, 'TxDefaultProfile', requestIdOf(a)])],
  ['clear-charging-profile', 'clear-charging-profile', { id: 9 }, 'ClearChargingProfile', (p) => assert.equal(p.chargingProfileId, 9)],
  ['install-certificate', 'install-certificate', { certificateType: 'CsmsRootCertificate', certificate }, 'InstallCertificate',
    (p) => assert.deepEqual([p.certificateType, p.certificate], ['CSMSRootCertificate', certificate])],
  ['get-installed-certificate-ids', 'get-installed-certificate-ids', { certificateType: 'ManufacturerRootCertificate' }, 'GetInstalledCertificateIds',
    (p) => assert.deepEqual(p.certificateType, ['ManufacturerRootCertificate'])],
  ['get-installed-certificate-ids without a type', 'get-installed-certificate-ids', {}, 'GetInstalledCertificateIds',
    (p) => assert.equal(p.certificateType, undefined)],
  ['delete-certificate', 'delete-certificate', { certificateHashData: hashData }, 'DeleteCertificate', (p) => assert.deepEqual(p.certificateHashData, hashData)],
  ['certificate-signed', 'certificate-signed', { certificateChain: certificate, certificateType: 'ChargingStationCertificate' }, 'CertificateSigned',
    (p) => assert.deepEqual([p.certificateChain, p.certificateType], [certificate, 'ChargingStationCertificate'])],
  // Device model.
  ['get-variables', 'get-variables', { getVariableData: [{ component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' } }] }, 'GetVariables',
    (p) => assert.deepEqual(p.getVariableData[0].variable, { name: 'HeartbeatInterval' })],
  ['set-variables', 'set-variables', { setVariableData: [{ component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' }, attributeValue: '600' }] },
    'SetVariables', (p) => assert.equal(p.setVariableData[0].attributeValue, '600')],
  ['get-base-report', 'get-base-report', { reportBase: 'ConfigurationInventory' }, 'GetBaseReport',
    (p, a) => assert.deepEqual([p.reportBase, p.requestId], ['ConfigurationInventory', requestIdOf(a)])],
  ['get-report', 'get-report', { componentVariable: [{ component, variable: { name: 'AvailabilityState' } }], componentCriteria: ['Available'] }, 'GetReport',
    (p, a) => assert.deepEqual([p.componentVariable[0].component, p.componentCriteria, p.requestId], [component, ['Available'], requestIdOf(a)])],
  ['set-network-profile', 'set-network-profile', {
    configurationSlot: 2,
    connectionData: { ocppVersion: 'OCPP20', ocppTransport: 'JSON', ocppCsmsUrl: 'wss://csms.example.com/ocpp', messageTimeout: 30, securityProfile: 2, ocppInterface: 'Wired0' },
  }, 'SetNetworkProfile', (p) => assert.deepEqual([p.configurationSlot, p.connectionData.ocppCsmsUrl], [2, 'wss://csms.example.com/ocpp'])],
  ['get-transaction-status', 'get-transaction-status', { transactionId: 'TX-INTEROP-17' }, 'GetTransactionStatus', (p) => assert.deepEqual(p, { transactionId: 'TX-INTEROP-17' })],
  // Monitoring, display messages, customer information, tariffs and firmware publication.
  ['set-variable-monitoring', 'set-variable-monitoring', { setMonitoringData: [{ value: 22000, type: 'UpperThreshold', severity: 5, component, variable }] },
    'SetVariableMonitoring', (p) => assert.deepEqual([p.setMonitoringData[0].value, p.setMonitoringData[0].type], [22000, 'UpperThreshold'])],
  ['set-monitoring-base', 'set-monitoring-base', { monitoringBase: 'FactoryDefault' }, 'SetMonitoringBase', (p) => assert.equal(p.monitoringBase, 'FactoryDefault')],
  ['set-monitoring-level', 'set-monitoring-level', { severity: 4 }, 'SetMonitoringLevel', (p) => assert.equal(p.severity, 4)],
  ['clear-variable-monitoring', 'clear-variable-monitoring', { id: [4] }, 'ClearVariableMonitoring', (p) => assert.deepEqual(p.id, [4])],
  ['get-monitoring-report', 'get-monitoring-report', { monitoringCriteria: ['ThresholdMonitoring'], componentVariable: [{ component, variable }] }, 'GetMonitoringReport',
    (p, a) => assert.deepEqual([p.monitoringCriteria, p.requestId], [['ThresholdMonitoring'], requestIdOf(a)])],
  ['set-display-message', 'set-display-message', () => ({
    message: { id: 5, priority: 'NormalCycle', endDateTime: fromNow(24), message: { format: 'UTF8', language: 'en', content: 'Welcome' } },
  }), 'SetDisplayMessage', (p) => assert.deepEqual([p.message.id, p.message.message.content], [5, 'Welcome'])],
  ['get-display-messages', 'get-display-messages', { id: [5] }, 'GetDisplayMessages', (p, a) => assert.deepEqual([p.id, p.requestId], [[5], requestIdOf(a)])],
  ['clear-display-message', 'clear-display-message', { id: 5 }, 'ClearDisplayMessage', (p) => assert.equal(p.id, 5)],
  ['customer-information', 'customer-information', { report: true, clear: false, idToken: { idToken: 'TAG-INTEROP', type: 'ISO14443' } }, 'CustomerInformation',
    (p, a) => assert.deepEqual([p.report, p.clear, p.idToken.idToken, p.requestId], [true, false, 'TAG-INTEROP', requestIdOf(a)])],
  ['cost-updated', 'cost-updated', { totalCost: 12.34, transactionId: 'TX-INTEROP-17' }, 'CostUpdated', (p) => assert.deepEqual(p, { totalCost: 12.34, transactionId: 'TX-INTEROP-17' })],
  ['publish-firmware', 'publish-firmware', { location: 'https://firmware.example.com/fw.bin', checksum: '0123456789abcdef0123456789abcdef', retries: 1 }, 'PublishFirmware',
    (p, a) => assert.deepEqual([p.checksum, p.requestId], ['0123456789abcdef0123456789abcdef', requestIdOf(a)])],
  ['unpublish-firmware', 'unpublish-firmware', { checksum: '0123456789abcdef0123456789abcdef' }, 'UnpublishFirmware',
    (p) => assert.equal(p.checksum, '0123456789abcdef0123456789abcdef')],
];

commandSuite({ stationId, protocol: 'ocpp2.0.1', answers, commands, allocated });
