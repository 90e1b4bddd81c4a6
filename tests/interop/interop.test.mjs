// An independent OCPP-J client drives the built host: ocpp-rpc in strict mode validates every call and response
// against the official OCPP JSON schemas, so a frame the CSMS gets wrong fails here even if our own tests agree with it.
// Run through `dotnet test` (InteropTests.cs), which builds the host and passes its path in CSMS_HOST_DLL.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { RPCClient } from 'ocpp-rpc';

const hostDll = process.env.CSMS_HOST_DLL;
let host;
let workDir;
let endpoint;

before(async () => {
  assert.ok(hostDll, 'CSMS_HOST_DLL must name the built OcppCsms.Host.dll');
  workDir = mkdtempSync(path.join(tmpdir(), 'csms-interop-'));
  host = spawn('dotnet', [hostDll, '--urls', 'http://127.0.0.1:0'], {
    cwd: workDir,
    env: {
      // Only what this test says: the developer's own ASPNETCORE_* and Section__Key variables must not change the outcome.
      ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.includes('__') && !key.startsWith('ASPNETCORE_'))),
      ASPNETCORE_ENVIRONMENT: 'Production',
      Logging__Format: 'json',
      Admin__Password: 'interop-admin-password',
      ConnectionStrings__Csms: `Data Source=${path.join(workDir, 'csms.db')}`,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  endpoint = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the host did not start listening within 60 s')), 60_000);
    host.once('exit', (code) => reject(new Error(`the host exited with ${code} before listening`)));
    readline.createInterface({ input: host.stdout }).on('line', (line) => {
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(`${match[1].replace('http://', 'ws://')}/ocpp`);
      }
    });
  });
});

after(async () => {
  if (host && host.exitCode === null) {
    host.kill('SIGTERM');
    await once(host, 'exit');
  }
  if (workDir) {
    rmSync(workDir, { recursive: true, force: true });
  }
});

// The operator API beside the OCPP endpoint, signed in as the seeded admin.
async function acceptOverRest(identity) {
  const api = endpoint.replace('ws://', 'http://').replace(/\/ocpp$/, '');
  const login = await fetch(`${api}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'interop-admin-password' }),
  });
  const { accessToken } = await login.json();
  const accepted = await fetch(`${api}/api/v1/stations/${identity}/accept`, { method: 'POST', headers: { Authorization: `Bearer ${accessToken}` } });
  assert.equal(accepted.status, 200);
}

async function connect(identity, protocols) {
  const client = new RPCClient({ endpoint, identity, protocols, strictMode: true, reconnect: false });
  await client.connect();
  return client;
}

const bootNotification = {
  'ocpp1.6': { chargePointVendor: 'Interop', chargePointModel: 'Strict' },
  'ocpp2.0.1': { reason: 'PowerUp', chargingStation: { vendorName: 'Interop', model: 'Strict' } },
};

const statusNotification = {
  'ocpp1.6': { connectorId: 1, errorCode: 'NoError', status: 'Available' },
  'ocpp2.0.1': { timestamp: new Date().toISOString(), connectorStatus: 'Available', evseId: 1, connectorId: 1 },
};

for (const protocol of ['ocpp1.6', 'ocpp2.0.1']) {
  test(`${protocol}: an accepted strict client's Heartbeat gets a schema-valid answer with the current time`, async () => {
    const client = await connect(`INTEROP-HB-${protocol}`, [protocol]);
    try {
      assert.equal(client.protocol, protocol);
      // An unknown station is Pending (the default policy) until an operator accepts it; until then only its boot is answered.
      await acceptOverRest(`INTEROP-HB-${protocol}`);
      // strictMode has already checked the answer against the official HeartbeatResponse schema.
      const { currentTime } = await client.call('Heartbeat', {});
      assert.ok(Math.abs(Date.parse(currentTime) - Date.now()) < 60_000, `currentTime ${currentTime} is not now`);
    } finally {
      await client.close();
    }
  });

  test(`${protocol}: an unknown station's BootNotification is answered Pending (the default policy) with the retry interval`, async () => {
    const client = await connect(`INTEROP-BOOT-${protocol}`, [protocol]);
    try {
      // strictMode has already checked the answer against the official BootNotificationResponse schema.
      const answer = await client.call('BootNotification', bootNotification[protocol]);
      assert.equal(answer.status, 'Pending');
      assert.equal(answer.interval, 60);
    } finally {
      await client.close();
    }
  });

  test(`${protocol}: a Pending station's StatusNotification gets a well-formed SecurityError`, async () => {
    const client = await connect(`INTEROP-PENDING-${protocol}`, [protocol]);
    try {
      await assert.rejects(client.call('StatusNotification', statusNotification[protocol]), (error) => error.rpcErrorCode === 'SecurityError');
    } finally {
      await client.close();
    }
  });
}

test('a client offering both versions gets the server\'s preferred ocpp2.0.1', async () => {
  const client = await connect('INTEROP-BOTH', ['ocpp1.6', 'ocpp2.0.1']);
  try {
    assert.equal(client.protocol, 'ocpp2.0.1');
  } finally {
    await client.close();
  }
});
