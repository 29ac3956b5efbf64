import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadTrustedRoot } from '@ringfence/provenance';
import type { SigstoreServer } from '../../servers/sigstore/index.js';
import { startSigstoreServer } from '../../servers/sigstore/index.js';

let server: SigstoreServer;
beforeAll(async () => {
  server = await startSigstoreServer();
});
afterAll(() => server.close());

const TIMESTAMP_REQUEST = JSON.stringify({ artifactHash: createHash('sha256').update('sig').digest('base64'), hashAlgorithm: 'sha256', certificates: true, nonce: 7 });
const post = (url: string, body: string): Promise<Response> => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

describe('the loopback Sigstore server', () => {
  it('is a real server another process can reach', async () => {
    const script = `const r = await fetch(process.argv[1], { method: 'POST', headers: { 'content-type': 'application/json' }, body: process.argv[2] }); console.log(r.status, r.headers.get('content-type'));`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script, server.tsaUrl, TIMESTAMP_REQUEST]);
    expect(stdout.trim()).toBe('201 application/timestamp-reply');
  });

  it('answers unknown routes 404 and injected failures as configured, and logs every request', async () => {
    expect((await post(`${server.url}/rekor/api/v1/nope`, '{}')).status).toBe(404);
    server.fail('tsa', 503, 2);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await post(server.tsaUrl, TIMESTAMP_REQUEST)).status);
    expect(statuses).toEqual([503, 503, 201]);
    expect(server.requests.slice(-3).map((r) => `${r.service} ${r.status}`)).toEqual(['tsa 503', 'tsa 503', 'tsa 201']);
  });

  it('writes a trusted root naming its CA, CT log, transparency log and TSA', async () => {
    const root = await loadTrustedRoot(server.writeTrustedRoot(join(mkdtempSync(join(tmpdir(), 'rf-root-')), 'trusted_root.json')));
    expect([root.certificateAuthorities.length, root.ctlogs.length, root.tlogs.length, root.timestampAuthorities.length]).toEqual([1, 1, 1, 1]);
    expect(root.tlogs[0]!.baseUrl).toBe(server.rekorUrl);
  });
});
