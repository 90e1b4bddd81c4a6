// Every OCPP 1.6 command the CSMS sends, driven over the operator REST API, to an independent 1.6 station: ocpp-rpc in
// strict mode checks each CALL the CSMS sends against the official JSON schemas (1.6 and the security whitepaper's) and
// answers a CALLERROR instead of calling the handler when one is not valid, so a frame the CSMS gets wrong shows up here
// as a 502, even if our own tests agree with it.
import assert from 'node:assert/strict';
import { certificate, commandSuite } from './command-suite.mjs';

const stationId = 'INTEROP-COMMANDS-16';
const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();
// Ids the CSMS allocates, for the commands that refer to them later.
const allocated = {};

// What the station answers, per action: valid answers, which strict mode checks on their way out too.
const answers = {
  RemoteStartTransaction: { status: 'Accepted' },
  RemoteStopTransaction: { status: 'Accepted' },
  Reset: { status: 'Accepted' },
  UnlockConnector: { status: 'Unlocked' },
  ChangeAvailability: { status: 'Scheduled' },
  GetConfiguration: { configurationKey: [{ key: 'HeartbeatInterval', readonly: false, value: '300' }], unknownKey: ['NoSuchKey'] },
  ChangeConfiguration: { status: 'RebootRequired' },
  ClearCache: { status: 'Accepted' },
  DataTransfer: { status: 'Accepted', data: 'pong' },
  GetDiagnostics: { fileName: 'diagnostics.zip' },
  UpdateFirmware: {},
  TriggerMessage: { status: 'Accepted' },
  ExtendedTriggerMessage: { status: 'Accepted' },
  GetLog: { status: 'Accepted', filename: 'security.log' },
  SignedUpdateFirmware: { status: 'Accepted' },
  ReserveNow: { status: 'Accepted' },
  CancelReservation: { status: 'Accepted' },
  SendLocalList: { status: 'Accepted' },
  GetLocalListVersion: { listVersion: 2 },
  SetChargingProfile: { status: 'Accepted' },
  ClearChargingProfile: { status: 'Accepted' },
  GetCompositeSchedule: {
    status: 'Accepted', connectorId: 1, scheduleStart: '2026-12-01T00:00:00.000Z',
    chargingSchedule: { chargingRateUnit: 'A', chargingSchedulePeriod: [{ startPeriod: 0, limit: 16 }] },
  },
  InstallCertificate: { status: 'Accepted' },
  GetInstalledCertificateIds: {
    status: 'Accepted',
    certificateHashData: [{ hashAlgorithm: 'SHA256', issuerNameHash: 'a1b2', issuerKeyHash: 'c3d4', serialNumber: '01' }],
  },
  DeleteCertificate: { status: 'Accepted' },
  CertificateSigned: { status: 'Accepted' },
};

// Each command as an operator sends it, the action the station must receive, and a field of the frame to check.
const commands = [
  ['remote-start', { idTag: 'TAG-INTEROP', connectorId: 1 }, 'RemoteStartTransaction', (p) => assert.equal(p.idTag, 'TAG-INTEROP')],
  ['remote-start', {
    idTag: 'TAG-INTEROP',
    chargingProfile: {
      id: 3, stackLevel: 0, purpose: 'TxProfile', kind: 'Absolute',
      schedule: { startSchedule: '2026-12-01T00:00:00Z', chargingRateUnit: 'W', minChargingRate: 1.5, periods: [{ startPeriod: 0, limit: 7400.5, numberPhases: 3 }] },
    },
  }, 'RemoteStartTransaction', (p) => assert.equal(p.chargingProfile.chargingProfilePurpose, 'TxProfile')],
  ['remote-stop', { transactionId: 17 }, 'RemoteStopTransaction', (p) => assert.equal(p.transactionId, 17)],
  ['reset', { type: 'Hard' }, 'Reset', (p) => assert.equal(p.type, 'Hard')],
  ['unlock-connector', { connectorId: 2 }, 'UnlockConnector', (p) => assert.equal(p.connectorId, 2)],
  ['change-availability', { connectorId: 0, type: 'Inoperative' }, 'ChangeAvailability', (p) => assert.equal(p.type, 'Inoperative')],
  ['get-configuration', { keys: ['HeartbeatInterval', 'NoSuchKey'] }, 'GetConfiguration', (p) => assert.deepEqual(p.key, ['HeartbeatInterval', 'NoSuchKey'])],
  ['get-configuration', undefined, 'GetConfiguration', (p) => assert.deepEqual(p, {})],
  ['change-configuration', { key: 'HeartbeatInterval', value: '600' }, 'ChangeConfiguration', (p) => assert.equal(p.value, '600')],
  ['clear-cache', undefined, 'ClearCache', (p) => assert.deepEqual(p, {})],
  ['data-transfer', { vendorId: 'com.example.interop', messageId: 'ping', data: '{"n":1}' }, 'DataTransfer', (p) => assert.equal(p.data, '{"n":1}')],
  ['get-diagnostics', { location: 'ftp://logs.example.com/', retries: 2, retryInterval: 30, startTime: '2026-11-01T00:00:00Z', stopTime: '2026-11-02T00:00:00Z' },
    'GetDiagnostics', (p) => assert.equal(p.location, 'ftp://logs.example.com/')],
  ['update-firmware', { location: 'https://firmware.example.com/fw.bin', retrieveDate: '2026-12-01T00:00:00Z', retries: 1 },
    'UpdateFirmware', (p) => assert.equal(p.retrieveDate, '2026-12-01T00:00:00.000Z')],
  ...['BootNotification', 'DiagnosticsStatusNotification', 'FirmwareStatusNotification', 'Heartbeat', 'MeterValues', 'StatusNotification'].map((message) =>
    ['trigger-message', { requestedMessage: message, connectorId: message === 'StatusNotification' ? 1 : undefined }, 'TriggerMessage',
      (p) => assert.equal(p.requestedMessage, message)]),
  ...['BootNotification', 'LogStatusNotification', 'FirmwareStatusNotification', 'Heartbeat', 'MeterValues', 'SignChargePointCertificate', 'StatusNotification'].map((message) =>
    ['extended-trigger-message', { requestedMessage: message }, 'ExtendedTriggerMessage', (p) => assert.equal(p.requestedMessage, message)]),
  ['get-log', { logType: 'SecurityLog', log: { remoteLocation: 'https://logs.example.com/upload', oldestTimestamp: '2026-11-01T00:00:00Z' }, retries: 1 },
    'GetLog', (p) => assert.equal(p.logType, 'SecurityLog')],
  ['signed-update-firmware', {
    retries: 2,
    firmware: { location: 'https://firmware.example.com/fw.bin', retrieveDateTime: '2026-12-01T00:00:00Z', signingCertificate: certificate, signature: 'c2lnbmF0dXJl' },
  }, 'SignedUpdateFirmware', (p) => assert.equal(p.firmware.signature, 'c2lnbmF0dXJl')],
  // Reservations, local lists, smart charging and certificates: the commands the owning modules map.
  ['reserve-now', () => ({ connectorId: 1, idTag: 'TAG-INTEROP', expiryDate: inAnHour() }), 'ReserveNow', (p) => assert.equal(p.idTag, 'TAG-INTEROP')],
  ['cancel-reservation', () => ({ reservationId: allocated.reservationId }), 'CancelReservation',
    (p) => assert.equal(p.reservationId, allocated.reservationId)],
  ['send-local-list', { updateType: 'Full', localAuthorizationList: [{ idTag: 'TAG-LIST', idTagInfo: { status: 'Accepted' } }] }, 'SendLocalList',
    (p) => assert.deepEqual([p.updateType, p.listVersion, p.localAuthorizationList[0].idTag], ['Full', 1, 'TAG-LIST'])],
  ['send-local-list', { updateType: 'Differential', localAuthorizationList: [{ idTag: 'TAG-LIST' }] }, 'SendLocalList',
    (p) => assert.deepEqual([p.updateType, p.listVersion, p.localAuthorizationList[0].idTagInfo], ['Differential', 2, undefined])],
  ['get-local-list-version', undefined, 'GetLocalListVersion', (p) => assert.deepEqual(p, {})],
  ['set-charging-profile', {
    connectorId: 0,
    chargingProfile: {
      id: 9, stackLevel: 0, purpose: 'ChargePointMaxProfile', kind: 'Recurring', recurrency: 'Daily',
      schedule: { duration: 86400, startSchedule: '2026-12-01T00:00:00Z', chargingRateUnit: 'A', periods: [{ startPeriod: 0, limit: 32 }, { startPeriod: 25200, limit: 16.5 }] },
    },
  }, 'SetChargingProfile', (p) => assert.equal(p.csChargingProfiles.chargingProfileId, 9)],
  ['get-composite-schedule', { connectorId: 1, duration: 3600, chargingRateUnit: 'A' }, 'GetCompositeSchedule', (p) => assert.equal(p.duration, 3600)],
  ['clear-charging-profile', { id: 9 }, 'ClearChargingProfile', (p) => assert.equal(p.id, 9)],
  ['install-certificate', { certificateType: 'CsmsRootCertificate', certificate }, 'InstallCertificate',
    (p) => assert.equal(p.certificateType, 'CentralSystemRootCertificate')],
  ['get-installed-certificate-ids', { certificateType: 'ManufacturerRootCertificate' }, 'GetInstalledCertificateIds',
    (p) => assert.equal(p.certificateType, 'ManufacturerRootCertificate')],
  ['delete-certificate', { certificateHashData: { hashAlgorithm: 'SHA256', issuerNameHash: 'a1b2', issuerKeyHash: 'c3d4', serialNumber: '01' } },
    'DeleteCertificate', (p) => assert.equal(p.certificateHashData.serialNumber, '01')],
  ['certificate-signed', { certificateChain: certificate }, 'CertificateSigned', (p) => assert.equal(p.certificateChain, certificate)],
];

/** A test's name: the command and what sets the case apart. */
const label = (command, body) =>
  [command, body?.requestedMessage ?? body?.updateType ?? (body?.chargingProfile ? `with a ${body.chargingProfile.purpose}` : body === undefined ? 'without a body' : '')]
    .filter(Boolean).join(' ');

commandSuite({
  stationId,
  protocol: 'ocpp1.6',
  answers,
  commands: commands.map(([command, body, action, check]) => [label(command, body), command, body, action, check]),
  allocated,
});
