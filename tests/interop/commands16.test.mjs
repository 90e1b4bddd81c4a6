// Every OCPP 1.6 command the CSMS sends, driven over the operator REST API, to an independent 1.6 station: ocpp-rpc in
// strict mode checks each CALL the CSMS sends against the official JSON schemas (1.6 and the security whitepaper's) and
// answers a CALLERROR instead of calling the handler when one is not valid, so a frame the CSMS gets wrong shows up here
// as a 502, even if our own tests agree with it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import { RPCClient } from 'ocpp-rpc';
import { operatorApi, startHost } from './csms-host.mjs';

const stationId = 'INTEROP-COMMANDS-16';
// A real (self-signed, public) certificate: the CSMS parses the PEM of the certificate commands before it sends them.
const certificate = '-----BEGIN CERTIFICATE-----\nMIIBxzCCAW2gAwIBAgIUExDTB4+gUBU+M2XLri+5tFku/E8wCgYIKoZIzj0EAwIw\nODEjMCEGA1UEAwwaT2NwcENzbXMgSW50ZXJvcCBUZXN0IFJvb3QxETAPBgNVBAoM\nCE9jcHBDc21zMCAXDTI2MTEyMTIwMTEzOVoYDzIxMjYxMDI4MjAxMTM5WjA4MSMw\nIQYDVQQDDBpPY3BwQ3NtcyBJbnRlcm9wIFRlc3QgUm9vdDERMA8GA1UECgwIT2Nw\ncENzbXMwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAATR+67fwzBKA082lFac49cW\nUGeeFDvdB917bpBj4JAJVZd+Fr7PT0g5KYBEf2o184xl0x//oTzxPBLxNd3nLKXm\no1MwUTAdBgNVHQ4EFgQUQjAuT08llwp0o7fauIW61n6eB0cwHwYDVR0jBBgwFoAU\nQjAuT08llwp0o7fauIW61n6eB0cwDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQD\nAgNIADBFAiAiQQL1hEMPl2FLQJ1NEt1S8NGxcR9CbGUWAmKuTD9yKgIhAJiueUNP\nSl3FVaKCQwRvcR2oSPqTel3JtFcTqqrgoxFw\n-----END CERTIFICATE-----\n';
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

let host;
let api;
let station;
const received = [];
const strictFailures = [];

before(async () => {
  host = await startHost();
  api = await operatorApi(host.http);
  // Registered and so Accepted: OCPP 1.6 §4.2.1 keeps a Pending station from remote starts and stops.
  const registered = await api('POST', '/api/v1/stations', { id: stationId, securityProfile: 0 });
  assert.equal(registered.status, 201);
  station = new RPCClient({ endpoint: host.endpoint, identity: stationId, protocols: ['ocpp1.6'], strictMode: true, reconnect: false });
  station.on('strictValidationFailure', (failure) => strictFailures.push(failure));
  station.handle(({ method, params }) => {
    received.push({ method, params });
    assert.ok(answers[method], `no answer for ${method}`);
    return answers[method];
  });
  await station.connect();
  // The 101 reaches the station before the host has registered its session.
  for (let attempt = 0; ; attempt++) {
    const { body } = await api('GET', `/api/v1/stations/${stationId}`);
    if (body.connected) break;
    assert.ok(attempt < 100, `${stationId} did not show as connected`);
    await delay(50);
  }
});

after(async () => {
  await station?.close();
  await host?.stop();
});

for (const [command, body, action, check] of commands) {
  const label = [command, body?.requestedMessage ?? body?.updateType ?? (body?.chargingProfile ? `with a ${body.chargingProfile.purpose}` : body === undefined ? 'without a body' : '')]
    .filter(Boolean).join(' ');
  test(`${label}: the strict 1.6 station accepts the ${action} it receives and its answer comes back`, async () => {
    received.length = 0;
    const { status, body: answer } = await api('POST', `/api/v1/stations/${stationId}/commands/${command}`, typeof body === 'function' ? body() : body);
    allocated.reservationId ??= answer.reservationId;

    assert.deepEqual(strictFailures.map((f) => `${f.method}: ${f.error.message}`), []);
    assert.equal(status, 200, JSON.stringify(answer));
    assert.equal(answer.action, action);
    assert.deepEqual(answer.response, answers[action]);
    assert.equal(answer.status, answers[action].status ?? null);
    assert.equal(received.length, 1);
    assert.equal(received[0].method, action);
    check(received[0].params);
  });
}
