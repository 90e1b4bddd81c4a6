// A full OCPP 1.6 charging session from an independent strict client (ocpp-rpc validates every call and answer against
// the official schemas), and the energy the operator API then shows for it.
// Run through `dotnet test` (InteropTests.cs), which builds the host and passes its path in CSMS_HOST_DLL.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
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

test('ocpp1.6: a full local session is answered schema-valid and its energy is exact over REST', async () => {
  const identity = 'INTEROP-SESSION-16';
  assert.equal((await api('POST', '/api/v1/stations', { id: identity, securityProfile: 0 })).status, 201);
  assert.equal((await api('POST', '/api/v1/id-tags', { idTag: 'INTEROP-TAG', status: 'Accepted' })).status, 201);
  const client = new RPCClient({ endpoint: host.endpoint, identity, protocols: ['ocpp1.6'], strictMode: true, reconnect: false });
  await client.connect();
  try {
    const boot = await client.call('BootNotification', { chargePointVendor: 'Interop', chargePointModel: 'Session' });
    assert.equal(boot.status, 'Accepted');
    assert.equal((await client.call('Authorize', { idTag: 'INTEROP-TAG' })).idTagInfo.status, 'Accepted');

    const startedAt = Date.now() - 60 * 60_000;
    const iso = (offsetMinutes) => new Date(startedAt + offsetMinutes * 60_000).toISOString();
    const started = await client.call('StartTransaction', { connectorId: 1, idTag: 'INTEROP-TAG', meterStart: 20_000, timestamp: iso(0) });
    const { transactionId } = started;
    assert.equal(started.idTagInfo.status, 'Accepted');
    assert.ok(Number.isInteger(transactionId) && transactionId > 0, `transactionId ${transactionId}`);

    await client.call('MeterValues', {
      connectorId: 1,
      transactionId,
      meterValue: [{
        timestamp: iso(30),
        sampledValue: [
          { value: '27.5', measurand: 'Energy.Active.Import.Register', unit: 'kWh', context: 'Sample.Periodic' },
          { value: '7200', measurand: 'Power.Active.Import', unit: 'W' },
        ],
      }],
    });
    const stopped = await client.call('StopTransaction', {
      transactionId,
      meterStop: 31_250,
      timestamp: iso(60),
      idTag: 'INTEROP-TAG',
      reason: 'EVDisconnected',
      transactionData: [{ timestamp: iso(60), sampledValue: [{ value: '31250', context: 'Transaction.End' }] }],
    });
    assert.equal(stopped.idTagInfo.status, 'Accepted');

    const list = await api('GET', `/api/v1/transactions?stationId=${identity}`);
    assert.equal(list.status, 200);
    assert.equal(list.body.items.length, 1);
    const transaction = (await api('GET', `/api/v1/transactions/${list.body.items[0].id}`)).body;
    assert.equal(transaction.transactionId, String(transactionId));
    assert.equal(transaction.status, 'Completed');
    assert.equal(transaction.energyWh, 11_250);
    assert.equal(transaction.meterStart, 20_000);
    assert.equal(transaction.meterStop, 31_250);
    assert.equal(Date.parse(transaction.startedAt), Date.parse(iso(0)));
    const values = (await api('GET', `/api/v1/transactions/${transaction.id}/meter-values`)).body.items;
    assert.deepEqual(values.map((v) => v.measurand), ['Energy.Active.Import.Register', 'Power.Active.Import', 'Energy.Active.Import.Register']);
  } finally {
    await client.close();
  }
});
