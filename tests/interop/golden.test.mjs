// The hand-written golden messages (tests/golden) against the official OCA JSON schemas that ocpp-rpc ships: every
// action of both versions has a request and a response file, and each one is valid. The C# suite proves the records
// read and write exactly these files, so together they prove the records speak what the schemas demand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createValidator } from 'ocpp-rpc';

const require = createRequire(import.meta.url);
const goldenRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'golden');

const versions = [
  { subprotocol: 'ocpp1.6', schemas: require('ocpp-rpc/lib/schemas/ocpp1_6.json') },
  { subprotocol: 'ocpp2.0.1', schemas: require('ocpp-rpc/lib/schemas/ocpp2_0_1.json') },
];

for (const { subprotocol, schemas } of versions) {
  const validator = createValidator(subprotocol, schemas);
  // Schema ids are urn:<Action>.req / urn:<Action>.conf in both versions' bundles.
  const officialActions = [...new Set(schemas.map((s) => /^urn:(.+)\.(req|conf)$/.exec(s.$id)[1]))].sort();
  const goldenDir = path.join(goldenRoot, subprotocol);

  test(`${subprotocol}: a golden request and response for every official action, and no other`, () => {
    const files = readdirSync(goldenDir).filter((f) => f.endsWith('.json')).sort();
    const expected = officialActions.flatMap((a) => [`${a}.request.json`, `${a}.response.json`]).sort();
    assert.deepEqual(files, expected);
  });

  for (const action of officialActions) {
    for (const [kind, suffix] of [['request', 'req'], ['response', 'conf']]) {
      test(`${subprotocol} ${action}.${kind} matches the official schema`, () => {
        const file = path.join(goldenDir, `${action}.${kind}.json`);
        let payload;
        try {
          payload = JSON.parse(readFileSync(file, 'utf8'));
        } catch (e) {
          assert.fail(`${file}: ${e.message}`);
        }
        try {
          validator.validate(`urn:${action}.${suffix}`, payload);
        } catch (e) {
          assert.fail(`${file}: ${e.message}`);
        }
      });
    }
  }
}
