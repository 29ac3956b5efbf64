import { describe, expect, it } from '@jest/globals';
import { TUFError } from '@sigstore/tuf';
import fc from 'fast-check';
import { GITHUB_TUF_MIRROR, PUBLIC_GOOD_TUF_MIRROR, STAGING_TUF_MIRROR, resolveTufSource } from '../../src/verify/tuf-source.js';
import { describeTufFailure } from '../../src/verify/tuf-trusted-root.js';

const cacheDir = '/var/cache/ringfence/tuf';

describe('where the trusted root comes from over TUF', () => {
  it('defaults to the public-good mirror and its embedded root', () => {
    expect(resolveTufSource({ cacheDir })).toEqual({ mirrorUrl: PUBLIC_GOOD_TUF_MIRROR, rootPath: undefined, cacheDir, retries: 2, timeoutMs: 10_000 });
  });

  it('takes the public-good mirror with a trailing slash as the embedded one', () => {
    expect(resolveTufSource({ cacheDir, mirrorUrl: `${PUBLIC_GOOD_TUF_MIRROR}/` }).mirrorUrl).toBe(PUBLIC_GOOD_TUF_MIRROR);
  });

  it.each([GITHUB_TUF_MIRROR, STAGING_TUF_MIRROR, 'https://tuf.example/metadata'])('requires a given initial root for %s (none is embedded)', (mirrorUrl) => {
    expect(() => resolveTufSource({ cacheDir, mirrorUrl })).toThrow(expect.objectContaining({ code: 'PROVENANCE_TUF_SOURCE_INVALID', message: expect.stringContaining('no initial root.json is embedded') }));
    expect(resolveTufSource({ cacheDir, mirrorUrl, rootPath: '/roots/root.json' })).toMatchObject({ mirrorUrl, rootPath: '/roots/root.json' });
  });

  it.each([
    ['plain http off loopback', 'http://tuf.example'],
    ['not a URL', 'tuf-repo.github.com'],
    ['another scheme', 'file:///srv/tuf'],
    ['credentials in the URL', 'https://user:secret@tuf.example'],
    ['a query', 'https://tuf.example/?x=1'],
  ])('refuses a mirror that is %s', (_, mirrorUrl) => {
    expect(() => resolveTufSource({ cacheDir, mirrorUrl, rootPath: '/r.json' })).toThrow(expect.objectContaining({ code: 'PROVENANCE_TUF_SOURCE_INVALID' }));
  });

  it('never echoes credentials written into a refused mirror URL', () => {
    for (const mirrorUrl of ['https://user:hunter2@tuf.example', 'http://user:hunter2@tuf.example']) {
      expect(() => resolveTufSource({ cacheDir, mirrorUrl, rootPath: '/r.json' })).toThrow(expect.objectContaining({ message: expect.not.stringContaining('hunter2') }));
    }
  });

  it.each(['http://127.0.0.1:8080', 'http://localhost:1', 'http://[::1]:9'])('allows plain http on loopback (%s), for tests and local mirrors', (mirrorUrl) => {
    expect(resolveTufSource({ cacheDir, mirrorUrl, rootPath: '/r.json' }).mirrorUrl).toBe(mirrorUrl);
  });

  it('refuses an empty cache directory', () => {
    expect(() => resolveTufSource({ cacheDir: ' ' })).toThrow(expect.objectContaining({ code: 'PROVENANCE_TUF_SOURCE_INVALID' }));
  });

  it('property: any http mirror off loopback is refused, whatever its host and path', () => {
    fc.assert(
      fc.property(fc.domain(), fc.webPath(), (host, path) => {
        fc.pre(!['localhost'].includes(host));
        expect(() => resolveTufSource({ cacheDir, mirrorUrl: `http://${host}${path}`, rootPath: '/r.json' })).toThrow(expect.objectContaining({ code: 'PROVENANCE_TUF_SOURCE_INVALID' }));
      }),
    );
  });

  it('property: an https mirror without a given root is accepted only when it is the public-good one', () => {
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['https'], withQueryParameters: false, withFragments: false }), (mirrorUrl) => {
        const accepted = (() => {
          try {
            resolveTufSource({ cacheDir, mirrorUrl });
            return true;
          } catch {
            return false;
          }
        })();
        expect(accepted).toBe(mirrorUrl.replace(/\/+$/u, '') === PUBLIC_GOOD_TUF_MIRROR);
      }),
    );
  });
});

describe('TUF failures, described', () => {
  class ExpiredMetadataError extends Error {}
  it('names the failed step, then each cause by class', () => {
    const error = new TUFError({ code: 'TUF_REFRESH_METADATA_ERROR', message: 'error refreshing TUF metadata', cause: new ExpiredMetadataError('Final timestamp.json is expired') });
    expect(describeTufFailure(error)).toBe('the TUF metadata (root, timestamp, snapshot, targets) could not be refreshed and verified: ExpiredMetadataError: Final timestamp.json is expired');
  });

  it('uses the given step for a raw error, and survives non-errors', () => {
    expect(describeTufFailure(new Error('connect ECONNREFUSED'), 'TUF_REFRESH_METADATA_ERROR')).toMatch(/could not be refreshed and verified: Error: connect ECONNREFUSED$/u);
    expect(describeTufFailure('odd')).toBe('"odd"');
    expect(describeTufFailure(undefined)).toBe('unknown error');
  });
});
