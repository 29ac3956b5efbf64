import { afterEach, describe, expect, it } from '@jest/globals';
import { GitHubError, listAttestations, routes, uploadAttestation } from '@ringfence/github';
import type { FakeGitHub, Handler } from '../../servers/fake-github/index.js';
import { Scenario, hasOperation, startFakeGitHub, storeAttestation } from '../../servers/fake-github/index.js';
import { ACME, clientFor } from './support.js';

const DIGEST = 'a'.repeat(64);
const statement = (sha256: string, predicateType = 'https://slsa.dev/provenance/v1') => Buffer.from(JSON.stringify({ _type: 'https://in-toto.io/Statement/v1', subject: [{ name: 'app.tgz', digest: { sha256 } }], predicateType, predicate: {} })).toString('base64');
const bundle = (sha256 = DIGEST, predicateType?: string) => ({ mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', verificationMaterial: {}, dsseEnvelope: { payload: statement(sha256, predicateType), payloadType: 'application/vnd.in-toto+json', signatures: [] } });
const QUERY = { subjectDigest: `sha256:${DIGEST}`, maxAttestations: 30 };

let server: FakeGitHub | undefined;
afterEach(async () => {
  server?.assertNoSchemaViolations();
  await server?.close();
  server = undefined;
});

async function start(handlers: Handler[] = []): Promise<{ server: FakeGitHub; scenario: Scenario }> {
  const scenario = new Scenario();
  scenario.repo('acme', 'app');
  server = await startFakeGitHub({ scenario, handlers });
  return { server, scenario };
}

describe('attestations adapter against the fake GitHub', () => {
  it('its routes are operations of GitHub\'s description', () => {
    expect(routes.ATTESTATION_ROUTES.filter((route) => !hasOperation(route.split(' ')[0]!, route.split(' ')[1]!))).toEqual([]);
  });

  it('an uploaded bundle is listed back by its subject digest, and only by it', async () => {
    const { server } = await start();
    const client = clientFor(server);
    expect(await uploadAttestation(client, ACME, bundle())).toEqual({ id: 7000 });
    const listed = await listAttestations(client, ACME, QUERY);
    expect(listed.more).toBe(false);
    expect(listed.attestations).toEqual([{ bundle: bundle(), bundleBytes: Buffer.byteLength(JSON.stringify(bundle())), bundleUrl: expect.any(String), repositoryId: expect.any(Number) }]);
    expect((await listAttestations(client, ACME, { ...QUERY, subjectDigest: `sha256:${'b'.repeat(64)}` })).attestations).toEqual([]);
  });

  it('filters by predicate type', async () => {
    const { server, scenario } = await start();
    storeAttestation(scenario.repo('acme', 'app'), bundle(DIGEST, 'https://spdx.dev/Document/v2.3'));
    storeAttestation(scenario.repo('acme', 'app'), bundle());
    const listed = await listAttestations(clientFor(server), ACME, { ...QUERY, predicateType: 'https://slsa.dev/provenance/v1' });
    expect(listed.attestations).toHaveLength(1);
  });

  it('a listing with `bundle: null` and a bundle URL gives no bundle, and the URL (the list call fetches nothing)', async () => {
    const { server, scenario } = await start();
    storeAttestation(scenario.repo('acme', 'app'), bundle(), { bundleUrl: 'https://store.invalid/1.json.sn?sig=x' });
    const [listed] = (await listAttestations(clientFor(server), ACME, QUERY)).attestations;
    expect(listed).toMatchObject({ bundle: undefined, bundleBytes: 0, bundleUrl: 'https://store.invalid/1.json.sn?sig=x' });
  });

  it('a bundle GitHub refuses (422) and a repository it does not have (404, as on GHES) fail with the route named', async () => {
    const { server } = await start();
    const client = clientFor(server);
    await expect(uploadAttestation(client, ACME, { mediaType: 'x' })).rejects.toMatchObject({ code: 'GITHUB_HTTP_ERROR', status: 422 });
    const missing = await uploadAttestation(client, { owner: 'acme', repo: 'gone' }, bundle()).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(GitHubError);
    expect((missing as GitHubError).message).toContain('not on GitHub Enterprise Server');
  });

  it('a next link with neither an after cursor nor a page cannot be followed: truncated', async () => {
    const odd: Handler = { method: 'GET', path: '/repos/{owner}/{repo}/attestations/{subject_digest}', fn: (request) => ({ status: 200, body: { attestations: Array.from({ length: 10 }, () => ({ bundle: bundle() })) }, headers: { link: `<${request.origin}${request.pathname}?per_page=10>; rel="next"` } }) };
    const { server } = await start([odd]);
    await expect(listAttestations(clientFor(server), ACME, QUERY)).rejects.toMatchObject({ code: 'GITHUB_PAGINATION_TRUNCATED' });
  });

  it('stops at maxAttestations, and says more exist, also when the cap falls inside the last page', async () => {
    const { server, scenario } = await start();
    for (let i = 0; i < 7; i++) storeAttestation(scenario.repo('acme', 'app'), bundle());
    const listed = await listAttestations(clientFor(server), ACME, { ...QUERY, maxAttestations: 5 });
    expect([listed.attestations.length, listed.more]).toEqual([5, true]);
    const all = await listAttestations(clientFor(server), ACME, { ...QUERY, maxAttestations: 7 });
    expect([all.attestations.length, all.more]).toEqual([7, false]);
  });

  it('a page longer than asked for is refused', async () => {
    const long: Handler = { method: 'GET', path: '/repos/{owner}/{repo}/attestations/{subject_digest}', fn: () => ({ status: 200, body: { attestations: Array.from({ length: 11 }, () => ({ bundle: bundle() })) } }) };
    const { server } = await start([long]);
    await expect(listAttestations(clientFor(server), ACME, QUERY)).rejects.toMatchObject({ code: 'GITHUB_PAGINATION_TRUNCATED' });
  });
});
