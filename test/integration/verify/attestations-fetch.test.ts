import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { RingfenceError } from '@ringfence/core';
import type { SerializedBundle, VerifyVerdict } from '@ringfence/provenance';
import { createVerifyCommand } from '../../../packages/cli/src/commands/verify.js';
import type { Io } from '../../../packages/cli/src/io.js';
import type { FakeGitHub, Handler } from '../../servers/fake-github/index.js';
import { Scenario, startFakeGitHub, storeAttestation } from '../../servers/fake-github/index.js';
import { encodeSnappy } from '../../support/snappy-encode.js';
import type { VerifyWorld } from './world.js';
import { ARTIFACT_SHA256, startVerifyWorld } from './world.js';

const TOKEN = 'ghs_attestationReaderToken0123456789abcdef';
const LIST = 'GET /repos/{owner}/{repo}/attestations/{subject_digest}';

let world: VerifyWorld;
let genuine: SerializedBundle;
let wrongRef: SerializedBundle;
let fork: SerializedBundle;
let keySigned: SerializedBundle;
let fake: FakeGitHub | undefined;
beforeAll(async () => {
  world = await startVerifyWorld();
  [genuine, wrongRef, fork, keySigned] = await Promise.all([world.sign(), world.sign({ claims: { ref: 'refs/heads/wip' } }), world.sign({ claims: { repository: 'mallory/app', repository_owner: 'mallory' } }), world.signWithKey()]);
});
afterAll(() => world.close());
afterEach(async () => {
  fake?.assertNoSchemaViolations();
  await fake?.close();
  fake = undefined;
});

function io(): Io & { stdout: string; stderr: string } {
  const captured = { cwd: world.dir, stdout: '', stderr: '', out: (t: string) => void (captured.stdout += `${t}\n`), err: (t: string) => void (captured.stderr += `${t}\n`) };
  return captured;
}

// A fake GitHub whose acme/app holds these bundles as attestations, in this order.
async function github(bundles: readonly unknown[], options: { pathPrefix?: string; handlers?: Handler[] } = {}): Promise<FakeGitHub> {
  const scenario = new Scenario();
  const repo = scenario.repo('acme', 'app');
  for (const bundle of bundles) storeAttestation(repo, bundle);
  fake = await startFakeGitHub({ scenario, ...options });
  return fake;
}

// `ringfence verify app.tgz` without --bundle, against the fake; both the JSON and the text run.
async function verify(server: FakeGitHub, extra: string[] = [], bundleUrlProtocols: string[] = ['http:']): Promise<{ code: number; verdict: VerifyVerdict; text: string; stderr: string }> {
  const command = createVerifyCommand({ env: { GH_TOKEN: TOKEN }, retryDelayMs: 1, bundleUrlProtocols });
  const args = ['app.tgz', '--trusted-root', world.fullRoot, '--expected-repository', 'acme/app', '--expected-ref', 'refs/heads/main', '--expected-issuer', world.stack.issuer.issuer, '--github-api-url', server.url, ...extra];
  const json = io();
  const code = await command([...args, '--json'], json);
  const text = io();
  expect(await command(args, text)).toBe(code);
  expect(json.stdout + json.stderr + text.stdout + text.stderr).not.toContain(TOKEN);
  return { code, verdict: JSON.parse(json.stdout) as VerifyVerdict, text: text.stdout, stderr: text.stderr };
}

// The same, for runs that fail before a verdict: the error thrown (the CLI prints it and exits 2).
async function refusal(server: FakeGitHub, extra: string[] = [], env: Record<string, string> = { GITHUB_TOKEN: TOKEN }): Promise<RingfenceError<string>> {
  const command = createVerifyCommand({ env, retryDelayMs: 1 });
  const thrown = await command(['app.tgz', '--trusted-root', world.fullRoot, '--expected-repository', 'acme/app', '--expected-issuer', world.stack.issuer.issuer, '--github-api-url', server.url, ...extra], io()).catch((error: unknown) => error);
  expect(thrown).toBeInstanceOf(RingfenceError);
  expect((thrown as Error).message).not.toContain(TOKEN);
  return thrown as RingfenceError<string>;
}

describe('ringfence verify without --bundle reads the attestations from GitHub, and one must verify', () => {
  it('one genuine attestation among refused ones verifies; the refused ones are named with their codes', async () => {
    const server = await github([wrongRef, fork, genuine]);
    const { code, verdict, text } = await verify(server);
    expect(code).toBe(0);
    expect(verdict).toMatchObject({ outcome: 'allowed', inputs: { attestationVerified: 3, attestationsListed: 3 }, detail: { provenance: { subject: { digest: { sha256: ARTIFACT_SHA256 } } } } });
    expect(verdict.detail.candidates?.map((c) => c.code)).toEqual(['VERIFY_REF_MISMATCH', 'VERIFY_REPOSITORY_MISMATCH']);
    expect(text).toContain('attestation #3 of 3 from acme/app at http://127.0.0.1');
    const request = server.requests.find((r) => r.route === LIST)!;
    expect(request).toMatchObject({ path: `/repos/acme/app/attestations/sha256%3A${ARTIFACT_SHA256}`, query: { predicate_type: 'https://slsa.dev/provenance/v1' } });
  });

  it('every attestation refused: exit 1 and one line per attestation with its code', async () => {
    const { code, verdict, text } = await verify(await github([wrongRef, fork, keySigned]));
    expect([code, verdict.detail.failure?.code]).toEqual([1, 'VERIFY_NO_ATTESTATION_VERIFIED']);
    expect(text).toContain('reason VERIFY_NO_ATTESTATION_VERIFIED: none of the 3 attestation(s)');
    expect(text).toMatch(/attestation #1 VERIFY_REF_MISMATCH: .*\n.*attestation #2 VERIFY_REPOSITORY_MISMATCH: .*\n.*attestation #3 VERIFY_SIGNER_KIND_MISMATCH: /u);
  });

  it('no attestation of the artifact: exit 1, VERIFY_NO_ATTESTATIONS', async () => {
    const { code, verdict } = await verify(await github([]));
    expect([code, verdict.detail.failure?.code]).toEqual([1, 'VERIFY_NO_ATTESTATIONS']);
  });

  it('reads every page (cursor pagination) to the genuine attestation on the third', async () => {
    const { code, verdict } = await verify(await github([...Array.from({ length: 22 }, () => wrongRef), genuine]));
    expect(code).toBe(0);
    expect(verdict.inputs['attestationVerified']).toBe(23);
    // Twice: the JSON run, then the text run.
    expect(fake!.requests.filter((r) => r.route === LIST).map((r) => r.query['after'] !== undefined)).toEqual([false, true, true, false, true, true]);
  });

  it('--max-attestations caps what is read and tried, and the refusal says more exist', async () => {
    const { code, verdict } = await verify(await github([...Array.from({ length: 12 }, () => wrongRef), genuine]), ['--max-attestations', '10']);
    expect(code).toBe(1);
    expect(verdict.detail.failure?.message).toContain('more exist than the 10 read');
    expect(fake!.requests.filter((r) => r.route === LIST)).toHaveLength(2); // one page, for each of the two runs
  });

  it('a lying API that lists a genuine attestation of another artifact under this digest is refused by the subject check', async () => {
    const other = await world.sign({ edit: (s) => ({ ...s, subject: [{ name: 'dist/app.tgz', digest: { sha256: 'e'.repeat(64) } }] }) });
    const lying: Handler = { method: 'GET', path: '/repos/{owner}/{repo}/attestations/{subject_digest}', fn: () => ({ status: 200, body: { attestations: [{ repository_id: 1, bundle: other }] } }) };
    const { code, verdict } = await verify(await github([], { handlers: [lying] }));
    expect([code, verdict.detail.candidates?.[0]?.code]).toEqual([1, 'VERIFY_SUBJECT_DIGEST_MISMATCH']);
  });

  it('on GitHub Enterprise Server the API root keeps its /api/v3 prefix', async () => {
    const server = await github([genuine], { pathPrefix: '/api/v3' });
    expect((await verify(server)).code).toBe(0);
    expect(server.requests.every((r) => r.path.startsWith('/api/v3/repos/acme/app/attestations/'))).toBe(true);
  });
});

// A loopback blob store: each path answers a status and a body; it records the requests' headers.
async function blobStore(files: Record<string, { status?: number; body: Uint8Array; type?: string }>): Promise<{ url: string; seen: Record<string, string | string[] | undefined>[]; close: () => Promise<void> }> {
  const seen: Record<string, string | string[] | undefined>[] = [];
  const server = createServer((req, res) => {
    seen.push(req.headers);
    const file = files[new URL(req.url ?? '/', 'http://x').pathname];
    res.writeHead(file?.status ?? (file ? 200 : 404), { 'content-type': file?.type ?? 'application/x-snappy' });
    res.end(file?.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, seen, close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))) };
}

describe('attestations GitHub lists by bundle_url (bundle: null), read from the blob store', () => {
  const snappy = (bundle: unknown) => encodeSnappy(Buffer.from(JSON.stringify(bundle)));

  it('a genuine bundle behind its URL verifies; the store never sees the token; the listed URL keeps its signature out of messages', async () => {
    const store = await blobStore({ '/a/1.json.sn': { body: snappy(wrongRef) }, '/a/2.json.sn': { body: snappy(genuine) } });
    try {
      const scenario = new Scenario();
      const repo = scenario.repo('acme', 'app');
      storeAttestation(repo, wrongRef, { bundleUrl: `${store.url}/a/1.json.sn?sig=SECRETSIG` });
      storeAttestation(repo, genuine, { bundleUrl: `${store.url}/a/2.json.sn?sig=SECRETSIG` });
      fake = await startFakeGitHub({ scenario });
      const { code, verdict, text } = await verify(fake);
      expect(code).toBe(0);
      expect(verdict.detail.candidates?.map((c) => c.code)).toEqual(['VERIFY_REF_MISMATCH']);
      expect(store.seen.every((headers) => headers['authorization'] === undefined)).toBe(true);
      expect(JSON.stringify(verdict) + text).not.toContain('SECRETSIG');
    } finally {
      await store.close();
    }
  });

  it('a URL the store refuses, a body that is not Snappy, and a plain-http URL (https only by default) are each refused', async () => {
    const store = await blobStore({ '/gone.json.sn': { status: 403, body: new Uint8Array() }, '/junk.json.sn': { body: Uint8Array.from([0x80, 0x80]) } });
    try {
      const scenario = new Scenario();
      const repo = scenario.repo('acme', 'app');
      for (const path of ['/gone.json.sn', '/junk.json.sn']) storeAttestation(repo, genuine, { bundleUrl: `${store.url}${path}` });
      fake = await startFakeGitHub({ scenario });
      const { code, verdict } = await verify(fake);
      expect(code).toBe(1);
      expect(verdict.detail.candidates?.map((c) => [c.code, /found 403|preamble/u.exec(c.message)?.[0]])).toEqual([
        ['VERIFY_BUNDLE_UNAVAILABLE', 'found 403'],
        ['VERIFY_BUNDLE_UNAVAILABLE', 'preamble'],
      ]);
      const httpsOnly = await verify(fake, [], []);
      expect(httpsOnly.verdict.detail.candidates?.every((c) => c.message.includes('expected an https URL'))).toBe(true);
    } finally {
      await store.close();
    }
  });
});

describe('ringfence verify refuses when GitHub cannot give a complete answer (exit 2, never verified)', () => {
  it.each<[string, 'server-error' | 'forbidden' | 'unauthorized' | 'not-json', string]>([
    ['the API answers 500 every time', 'server-error', 'GITHUB_HTTP_ERROR'],
    ['the token may not read attestations (403)', 'forbidden', 'GITHUB_FORBIDDEN'],
    ['the token is refused (401)', 'unauthorized', 'GITHUB_UNAUTHORIZED'],
    ['the answer is not JSON', 'not-json', 'GITHUB_BAD_RESPONSE'],
  ])('%s', async (_, kind, code) => {
    const server = await github([genuine]);
    server.addFault({ route: LIST, kind, times: Infinity });
    expect((await refusal(server)).code).toBe(code);
  });

  it('a short page that names a next page (truncated), even with a genuine attestation on it', async () => {
    const short: Handler = { method: 'GET', path: '/repos/{owner}/{repo}/attestations/{subject_digest}', fn: (request) => ({ status: 200, body: { attestations: [{ repository_id: 1, bundle: genuine }] }, headers: { link: `<${request.origin}${request.pathname}?per_page=10&after=Y3Vyc29y>; rel="next"` } }) };
    expect((await refusal(await github([], { handlers: [short] }))).code).toBe('GITHUB_PAGINATION_TRUNCATED');
  });

  it('a next link that repeats its cursor (pages loop)', async () => {
    const full = Array.from({ length: 10 }, () => ({ repository_id: 1, bundle: wrongRef }));
    const loop: Handler = { method: 'GET', path: '/repos/{owner}/{repo}/attestations/{subject_digest}', fn: (request) => ({ status: 200, body: { attestations: full }, headers: { link: `<${request.origin}${request.pathname}?per_page=10&after=c2FtZQ>; rel="next"` } }) };
    expect((await refusal(await github([], { handlers: [loop] }))).code).toBe('GITHUB_PAGINATION_TRUNCATED');
  });

  it('no token in GITHUB_TOKEN or GH_TOKEN is a usage error naming both, before any request', async () => {
    const server = await github([genuine]);
    const thrown = await refusal(server, [], {});
    expect(thrown.code).toBe('USAGE_MISSING_ARGUMENT');
    expect(thrown.message).toContain('GITHUB_TOKEN or GH_TOKEN');
    expect(server.requests).toHaveLength(0);
  });
});
