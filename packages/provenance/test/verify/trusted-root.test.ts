import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { loadTrustedRoot, parseTrustedRoot } from '../../src/verify/trusted-root.js';
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
