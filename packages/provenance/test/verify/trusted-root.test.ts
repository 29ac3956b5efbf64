import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { loadTrustedRoot, loadTrustedRoots, parseTrustedRoot, parseTrustedRootsText } from '../../src/verify/trusted-root.js';
import { startOfflineSigstore } from '../support/offline-sigstore.js';

const dir = mkdtempSync(join(tmpdir(), 'rf-root-'));
const file = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

describe('trusted roots', () => {
  it('loads a root file', async () => {
    const { trustedRoot } = await startOfflineSigstore();
    const root = await loadTrustedRoot(file('root.json', JSON.stringify(TrustedRoot.toJSON(trustedRoot))));
    expect(root.certificateAuthorities).toHaveLength(1);
    expect(root.timestampAuthorities[0]!.certChain!.certificates).toHaveLength(2);
  });

  it.each([
    ['a missing file', () => loadTrustedRoot(join(dir, 'missing.json'))],
    ['a file that is not JSON', () => loadTrustedRoot(file('bad.json', '{'))],
    ['a root that trusts nothing', () => loadTrustedRoot(file('empty.json', '{"mediaType":"application/vnd.dev.sigstore.trustedroot+json;version=0.1"}'))],
    ['null', async () => Promise.resolve(parseTrustedRoot(null))],
  ])('refuses %s', async (_, load) => {
    await expect(load()).rejects.toMatchObject({ code: 'PROVENANCE_TRUSTED_ROOT_INVALID' });
  });
});

describe('trusted roots as JSON Lines (gh attestation trusted-root)', () => {
  it('loads one root from a JSON document and every root from JSON Lines', async () => {
    const { trustedRoot } = await startOfflineSigstore();
    const line = JSON.stringify(TrustedRoot.toJSON(trustedRoot));
    expect(await loadTrustedRoots(file('one.json', JSON.stringify(TrustedRoot.toJSON(trustedRoot), null, 2)))).toHaveLength(1);
    expect(await loadTrustedRoots(file('two.jsonl', `${line}\n\n${line}\n`))).toHaveLength(2);
  });

  it.each([
    ['a missing file', () => loadTrustedRoots(join(dir, 'missing.jsonl')), /could not be read/u],
    ['an empty file', () => loadTrustedRoots(file('empty.jsonl', '\n\n')), /is empty/u],
    ['a line that is not JSON, by its number', async () => loadTrustedRoots(file('bad.jsonl', `${JSON.stringify(TrustedRoot.toJSON((await startOfflineSigstore()).trustedRoot))}\n{`)), /bad\.jsonl:2: /u],
    ['a line that trusts nothing', async () => Promise.resolve(parseTrustedRootsText('{"a":1}\n{"b":2}', 'roots.jsonl')), /roots\.jsonl:1 trusts no/u],
  ])('refuses %s', async (_, load, message) => {
    await expect(load()).rejects.toMatchObject({ code: 'PROVENANCE_TRUSTED_ROOT_INVALID', message: expect.stringMatching(message) });
  });
});
