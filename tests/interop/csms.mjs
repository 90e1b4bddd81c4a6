// The built host for an interop file of its own: started in a fresh folder with only the settings given here, its
// address read from the line it logs once it listens, and an operator API client signed in as the seeded admin.
// Run through `dotnet test` (InteropTests.cs), which builds the host and passes its path in CSMS_HOST_DLL.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import readline from 'node:readline';

const adminPassword = 'interop-admin-password';

export async function startCsms() {
  const hostDll = process.env.CSMS_HOST_DLL;
  assert.ok(hostDll, 'CSMS_HOST_DLL must name the built OcppCsms.Host.dll');
  const workDir = mkdtempSync(path.join(tmpdir(), 'csms-interop-'));
  const host = spawn('dotnet', [hostDll, '--urls', 'http://127.0.0.1:0'], {
    cwd: workDir,
    env: {
      // Only what this file says: the developer's own ASPNETCORE_* and Section__Key variables must not change the outcome.
      ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.includes('__') && !key.startsWith('ASPNETCORE_'))),
      ASPNETCORE_ENVIRONMENT: 'Production',
      Logging__Format: 'json',
      Admin__Password: adminPassword,
      ConnectionStrings__Csms: `Data Source=${path.join(workDir, 'csms.db')}`,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const baseUrl = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the host did not start listening within 60 s')), 60_000);
    host.once('exit', (code) => reject(new Error(`the host exited with ${code} before listening`)));
    readline.createInterface({ input: host.stdout }).on('line', (line) => {
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
  return {
    baseUrl,
    stationEndpoint: `${baseUrl.replace('http://', 'ws://')}/ocpp`,
    async stop() {
      if (host.exitCode === null) {
        host.kill('SIGTERM');
        await once(host, 'exit');
      }
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}

/** The operator API as the seeded admin: `api(method, path, body?)` answers `{ status, body }` (body parsed when JSON). */
export async function adminApi(baseUrl) {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: adminPassword }),
  });
  assert.equal(login.status, 200, 'the admin signs in');
  const { accessToken } = await login.json();
  return async (method, route, body) => {
    const response = await fetch(`${baseUrl}${route}`, {
      method,
      headers: { authorization: `Bearer ${accessToken}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text.length > 0 ? JSON.parse(text) : undefined };
  };
}
