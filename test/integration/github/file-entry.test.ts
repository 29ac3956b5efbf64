import { afterEach, describe, expect, test } from '@jest/globals';
import { readFileEntryAtRef, routes } from '@ringfence/github';
import { FakeRepo, Scenario, startFakeGitHub } from '../../servers/fake-github/index.js';
import type { FakeGitHub } from '../../servers/fake-github/index.js';
import { fileContentBody } from '../../servers/fake-github/bodies.js';
import { clientFor } from './support.js';

const POLICY = { owner: 'acme', repo: 'policy' } as const;
const TEXT = 'version: 1\n';

let server: FakeGitHub | undefined;
afterEach(async () => {
  server?.assertNoSchemaViolations();
  await server?.close();
  server = undefined;
});

async function fake(options: { lyingSha?: string } = {}): Promise<FakeGitHub> {
  const scenario = new Scenario();
  const repo = new FakeRepo('acme', 'policy', 100001);
  repo.branches.set('main', repo.commit({ 'ringfence/org.yml': TEXT }));
  scenario.repos.set('acme/policy', repo);
  // GitHub answering another blob's SHA for these bytes (a proxy or cache mixing answers up).
  const lying = options.lyingSha === undefined ? [] : [{ method: 'GET', path: '/repos/{owner}/{repo}/contents/{path}', fn: () => ({ status: 200, body: fileContentBody('ringfence/org.yml', options.lyingSha!, Buffer.from(TEXT)) }) }];
  server = await startFakeGitHub({ scenario, handlers: lying });
  return server;
}

describe('a file read with its blob SHA', () => {
  // The SHA is `git hash-object` of the bytes.
  test('answers the bytes and the git blob SHA GitHub named; a missing file is undefined', async () => {
    const client = clientFor(await fake());
    expect(await readFileEntryAtRef(client, POLICY, 'main', 'ringfence/org.yml')).toEqual({ bytes: new Uint8Array(Buffer.from(TEXT)), blobSha: 'b82551848c644f63b8517a7bdf8be9a992e6f4da' });
    expect(await readFileEntryAtRef(client, POLICY, 'main', 'ringfence/absent.yml')).toBeUndefined();
  });

  test('refuses bytes that do not hash to the SHA GitHub named, so the SHA in an audit log stands for the content', async () => {
    const client = clientFor(await fake({ lyingSha: 'b'.repeat(40) }));
    await expect(readFileEntryAtRef(client, POLICY, 'main', 'ringfence/org.yml')).rejects.toMatchObject({ code: 'GITHUB_BAD_RESPONSE', route: routes.GET_CONTENT, message: expect.stringContaining(`does not hash to the blob SHA ${'b'.repeat(40)}`) });
  });
});
