// A full OCPP 2.0.1 charging session and a device-model report from an independent strict client (ocpp-rpc validates
// every call and answer against the official 2.0.1 schemas), and what the operator API then shows for them.
// Run through `dotnet test` (InteropTests.cs), which builds the host and passes its path in CSMS_HOST_DLL.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import { RPCClient } from 'ocpp-rpc';
import { startHost, operatorApi } from './csms-host.mjs';

let host;
let api;

before(async () => {
  host = await startHost();
  api = await operatorApi(host.http);
});

after(async () => {
  await host?.stop();
});

/** A registered (so Accepted) strict 2.0.1 station, connected and booted; `handle` answers the CSMS's calls. */
async function bootedStation(identity, handle) {
  assert.equal((await api('POST', '/api/v1/stations', { id: identity, securityProfile: 0 })).status, 201);
  const client = new RPCClient({ endpoint: host.endpoint, identity, protocols: ['ocpp2.0.1'], strictMode: true, reconnect: false });
  const strictFailures = [];
  client.on('strictValidationFailure', (failure) => strictFailures.push(failure));
  if (handle) client.handle(handle);
  await client.connect();
  const boot = await client.call('BootNotification', {
    reason: 'PowerUp',
    chargingStation: { vendorName: 'Interop', model: 'Session201', serialNumber: 'SN-201', firmwareVersion: '1.0.0' },
  });
  assert.equal(boot.status, 'Accepted');
  assert.ok(Number.isInteger(boot.interval) && boot.interval > 0, `interval ${boot.interval}`);
  return { client, strictFailures };
}

/** Polls the operator API until `ready` holds for the answer's body (the host records after it answers). */
async function eventually(route, ready) {
  for (let attempt = 0; ; attempt++) {
    const { status, body } = await api('GET', route);
    if (status === 200 && ready(body)) return body;
    assert.ok(attempt < 100, `${route} did not reach the expected state: ${JSON.stringify(body)}`);
    await delay(50);
  }
}

test('ocpp2.0.1: a full local session is answered schema-valid and its energy is exact over REST', async () => {
  const identity = 'INTEROP-SESSION-201';
  assert.equal((await api('POST', '/api/v1/id-tags', { idTag: 'INTEROP-TOKEN-201', status: 'Accepted' })).status, 201);
  const { client, strictFailures } = await bootedStation(identity);
  try {
    const startedAt = Date.now() - 60 * 60_000;
    const iso = (offsetMinutes) => new Date(startedAt + offsetMinutes * 60_000).toISOString();
    const idToken = { idToken: 'INTEROP-TOKEN-201', type: 'ISO14443' };

    assert.deepEqual(await client.call('StatusNotification', { timestamp: iso(0), connectorStatus: 'Occupied', evseId: 1, connectorId: 1 }), {});
    assert.equal((await client.call('Authorize', { idToken })).idTokenInfo.status, 'Accepted');

    const transactionId = 'INTEROP-TX-201';
    const energy = (offsetMinutes, kWh, context) => ({
      timestamp: iso(offsetMinutes),
      sampledValue: [{ value: kWh, measurand: 'Energy.Active.Import.Register', context, unitOfMeasure: { unit: 'kWh' } }],
    });
    const started = await client.call('TransactionEvent', {
      eventType: 'Started', timestamp: iso(0), triggerReason: 'Authorized', seqNo: 0,
      transactionInfo: { transactionId, chargingState: 'EVConnected' },
      evse: { id: 1, connectorId: 1 }, idToken, meterValue: [energy(0, 20, 'Transaction.Begin')],
    });
    assert.equal(started.idTokenInfo.status, 'Accepted');
    await client.call('TransactionEvent', {
      eventType: 'Updated', timestamp: iso(30), triggerReason: 'MeterValuePeriodic', seqNo: 1,
      transactionInfo: { transactionId, chargingState: 'Charging' },
      meterValue: [{
        timestamp: iso(30),
        sampledValue: [
          { value: 27.5, measurand: 'Energy.Active.Import.Register', context: 'Sample.Periodic', unitOfMeasure: { unit: 'kWh' } },
          { value: 7200, measurand: 'Power.Active.Import', context: 'Sample.Periodic', unitOfMeasure: { unit: 'W' } },
        ],
      }],
    });
    await client.call('TransactionEvent', {
      eventType: 'Ended', timestamp: iso(60), triggerReason: 'EVCommunicationLost', seqNo: 2,
      transactionInfo: { transactionId, chargingState: 'Idle', stoppedReason: 'EVDisconnected' },
      meterValue: [energy(60, 31.25, 'Transaction.End')],
    });
    assert.deepEqual(strictFailures.map((f) => `${f.method}: ${f.error.message}`), []);

    const list = await eventually(`/api/v1/transactions?stationId=${identity}`, (body) => body.items.length === 1 && body.items[0].status === 'Completed');
    const transaction = (await api('GET', `/api/v1/transactions/${list.items[0].id}`)).body;
    assert.equal(transaction.transactionId, transactionId);
    assert.equal(transaction.status, 'Completed');
    assert.equal(transaction.orphan, false);
    assert.equal(transaction.eventsComplete, true);
    assert.equal(transaction.evseId, 1);
    assert.equal(transaction.meterStart, 20_000);
    assert.equal(transaction.meterStop, 31_250);
    assert.equal(transaction.energyWh, 11_250);
    assert.equal(transaction.stopReason, 'EVDisconnected');
    assert.equal(Date.parse(transaction.startedAt), Date.parse(iso(0)));
    assert.equal(Date.parse(transaction.stoppedAt), Date.parse(iso(60)));
    const values = (await api('GET', `/api/v1/transactions/${transaction.id}/meter-values`)).body.items;
    assert.deepEqual(values.map((v) => v.measurand),
      ['Energy.Active.Import.Register', 'Energy.Active.Import.Register', 'Power.Active.Import', 'Energy.Active.Import.Register']);
  } finally {
    await client.close();
  }
});

test('ocpp2.0.1: get-base-report is Accepted and the two NotifyReport parts fill /variables', async () => {
  const identity = 'INTEROP-REPORT-201';
  const received = [];
  const { client, strictFailures } = await bootedStation(identity, ({ method, params }) => {
    received.push({ method, params });
    return { status: 'Accepted' };
  });
  try {
    const command = await api('POST', `/api/v1/stations/${identity}/commands/get-base-report`, { reportBase: 'FullInventory' });
    assert.equal(command.status, 200, JSON.stringify(command.body));
    assert.equal(command.body.action, 'GetBaseReport');
    assert.equal(command.body.status, 'Accepted');
    assert.equal(received.length, 1);
    assert.equal(received[0].method, 'GetBaseReport');
    assert.equal(received[0].params.reportBase, 'FullInventory');
    const { requestId } = received[0].params;
    assert.equal(command.body.ocppRequestId, requestId);

    const generatedAt = new Date().toISOString();
    assert.deepEqual(await client.call('NotifyReport', {
      requestId, generatedAt, seqNo: 0, tbc: true,
      reportData: [{
        component: { name: 'OCPPCommCtrlr' },
        variable: { name: 'HeartbeatInterval' },
        variableAttribute: [{ type: 'Actual', value: '300', mutability: 'ReadWrite', persistent: true, constant: false }],
        variableCharacteristics: { unit: 's', dataType: 'integer', minLimit: 1, supportsMonitoring: false },
      }],
    }), {});
    assert.deepEqual(await client.call('NotifyReport', {
      requestId, generatedAt, seqNo: 1, tbc: false,
      reportData: [{
        component: { name: 'EVSE', evse: { id: 1 } },
        variable: { name: 'AvailabilityState' },
        variableAttribute: [{ type: 'Actual', value: 'Available', mutability: 'ReadOnly' }],
        variableCharacteristics: { dataType: 'OptionList', valuesList: 'Available,Occupied,Reserved,Unavailable,Faulted', supportsMonitoring: true },
      }],
    }), {});
    assert.deepEqual(strictFailures.map((f) => `${f.method}: ${f.error.message}`), []);

    const variables = await eventually(`/api/v1/stations/${identity}/variables?sort=variable`, (body) => body.items.length === 2);
    const [availability, heartbeat] = variables.items;
    assert.deepEqual(
      [availability.component, availability.evseId, availability.variable, availability.value, availability.mutability, availability.source, availability.reportRequestId],
      ['EVSE', 1, 'AvailabilityState', 'Available', 'ReadOnly', 'NotifyReport', requestId]);
    assert.equal(availability.characteristics.dataType, 'OptionList');
    assert.deepEqual(
      [heartbeat.component, heartbeat.variable, heartbeat.attributeType, heartbeat.value, heartbeat.mutability, heartbeat.persistent, heartbeat.source, heartbeat.reportRequestId],
      ['OCPPCommCtrlr', 'HeartbeatInterval', 'Actual', '300', 'ReadWrite', true, 'NotifyReport', requestId]);
    assert.deepEqual([heartbeat.characteristics.unit, heartbeat.characteristics.dataType, heartbeat.characteristics.minLimit], ['s', 'integer', 1]);
  } finally {
    await client.close();
  }
});
