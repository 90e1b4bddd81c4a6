// The built host for an interop test file: started on a free port with a throwaway SQLite database and a known admin
// password, and the operator API signed in, so a file can set up what its stations need (registrations, id tags).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import readline from 'node:readline';

const adminPassword = 'interop-admin-password';

/** Starts the host named by CSMS_HOST_DLL; resolves once it listens. */
export async function startHost() {
  const hostDll = process.env.CSMS_HOST_DLL;
  assert.ok(hostDll, 'CSMS_HOST_DLL must name the built OcppCsms.Host.dll');
  const workDir = mkdtempSync(path.join(tmpdir(), 'csms-interop-'));
  const child = spawn('dotnet', [hostDll, '--urls', 'http://127.0.0.1:0'], {
    cwd: workDir,
    env: {
      // Only what the test says: the developer's own ASPNETCORE_* and Section__Key variables must not change the outcome.
      ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.includes('__') && !key.startsWith('ASPNETCORE_'))),
      ASPNETCORE_ENVIRONMENT: 'Production',
      Logging__Format: 'json',
      Admin__Password: adminPassword,
      ConnectionStrings__Csms: `Data Source=${path.join(workDir, 'csms.db')}`,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const http = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the host did not start listening within 60 s')), 60_000);
    child.once('exit', (code) => reject(new Error(`the host exited with ${code} before listening`)));
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
  return {
    http,
    endpoint: `${http.replace('http://', 'ws://')}/ocpp`,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}

/** Signs the seeded admin in; returns `api(method, path, body?)`, which answers `{ status, body }`. */
export async function operatorApi(http) {
  const login = await fetch(`${http}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: adminPassword }),
  });
  assert.equal(login.status, 200, 'the admin signs in');
  const { accessToken } = await login.json();
  return async (method, route, body) => {
    const response = await fetch(`${http}${route}`, {
      method,
      headers: { authorization: `Bearer ${accessToken}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text.length ? JSON.parse(text) : null };
  };
}
