// The command suites' common part: a registered (so Accepted) ocpp-rpc station in strict mode, which checks each CALL
// the CSMS sends against the official JSON schemas of its version and answers a CALLERROR instead of calling the
// handler when one is not valid; each command is one test, driven over the operator REST API.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import { RPCClient } from 'ocpp-rpc';
import { operatorApi, startHost } from './csms-host.mjs';

// A real (self-signed, public) certificate: the CSMS parses the PEM of the certificate commands before it sends them.
export const certificate = '-----BEGIN CERTIFICATE-----\nMIIBxzCCAW2gAwIBAgIUExDTB4+gUBU+M2XLri+5tFku/E8wCgYIKoZIzj0EAwIw\nODEjMCEGA1UEAwwaT2NwcENzbXMgSW50ZXJvcCBUZXN0IFJvb3QxETAPBgNVBAoM\nCE9jcHBDc21zMCAXDTI2MTEyMTIwMTEzOVoYDzIxMjYxMDI4MjAxMTM5WjA4MSMw\nIQYDVQQDDBpPY3BwQ3NtcyBJbnRlcm9wIFRlc3QgUm9vdDERMA8GA1UECgwIT2Nw\ncENzbXMwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAATR+67fwzBKA082lFac49cW\nUGeeFDvdB917bpBj4JAJVZd+Fr7PT0g5KYBEf2o184xl0x//oTzxPBLxNd3nLKXm\no1MwUTAdBgNVHQ4EFgQUQjAuT08llwp0o7fauIW61n6eB0cwHwYDVR0jBBgwFoAU\nQjAuT08llwp0o7fauIW61n6eB0cwDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQD\nAgNIADBFAiAiQQL1hEMPl2FLQJ1NEt1S8NGxcR9CbGUWAmKuTD9yKgIhAJiueUNP\nSl3FVaKCQwRvcR2oSPqTel3JtFcTqqrgoxFw\n-----END CERTIFICATE-----\n';

/**
 * Declares the suite: `answers` maps each action to the station's (valid) answer; `commands` are
 * `[label, command, body (or a function giving it), action, check(params, answer)]`; `allocated.reservationId` takes the
 * first reservation id the CSMS answers with, for the commands that refer to it later.
 */
export function commandSuite({ stationId, protocol, answers, commands, allocated }) {
  let host;
  let api;
  let station;
  const received = [];
  const strictFailures = [];

  before(async () => {
    host = await startHost();
    api = await operatorApi(host.http);
    // Registered and so Accepted: a Pending station gets no remote start or stop (1.6 §4.2.1, 2.0.1 B02.FR.05).
    const registered = await api('POST', '/api/v1/stations', { id: stationId, securityProfile: 0 });
    assert.equal(registered.status, 201);
    station = new RPCClient({ endpoint: host.endpoint, identity: stationId, protocols: [protocol], strictMode: true, reconnect: false });
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

  for (const [label, command, body, action, check] of commands) {
    test(`${label}: the strict ${protocol} station accepts the ${action} it receives and its answer comes back`, async () => {
      received.length = 0;
      const { status, body: answer } = await api('POST', `/api/v1/stations/${stationId}/commands/${command}`, typeof body === 'function' ? body() : body);
      allocated.reservationId ??= answer?.reservationId;

      assert.deepEqual(strictFailures.map((f) => `${f.method}: ${f.error.message}`), []);
      assert.equal(status, 200, JSON.stringify(answer));
      assert.equal(answer.action, action);
      assert.deepEqual(answer.response, answers[action]);
      assert.equal(answer.status, answers[action].status ?? null);
      assert.equal(received.length, 1);
      assert.equal(received[0].method, action);
      check(received[0].params, answer);
    });
  }
}
