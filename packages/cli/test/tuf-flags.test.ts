import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { defaultTufCache, tufRequested } from '../src/tuf-flags.js';

describe('the TUF cache when --tuf-cache is not given', () => {
  it('is under RUNNER_TEMP on a runner (never the workspace a pull request writes)', () => {
    expect(defaultTufCache({ RUNNER_TEMP: '/home/runner/work/_temp', HOME: '/home/runner', XDG_CACHE_HOME: '/x' }, 'linux')).toBe(join('/home/runner/work/_temp', 'ringfence-tuf'));
  });

  it.each<[string, Record<string, string>, NodeJS.Platform, string]>([
    ['XDG_CACHE_HOME on Linux', { HOME: '/home/a', XDG_CACHE_HOME: '/home/a/.xdg' }, 'linux', '/home/a/.xdg/ringfence/tuf'],
    ['~/.cache on Linux', { HOME: '/home/a' }, 'linux', '/home/a/.cache/ringfence/tuf'],
    ['~/Library/Caches on macOS', { HOME: '/Users/a' }, 'darwin', '/Users/a/Library/Caches/ringfence/tuf'],
    ['LOCALAPPDATA on Windows', { HOME: 'C:/Users/a', LOCALAPPDATA: 'C:/Users/a/AppData/Local' }, 'win32', join('C:/Users/a/AppData/Local', 'ringfence', 'tuf')],
  ])('is the user cache directory: %s', (_, env, platform, expected) => {
    expect(defaultTufCache(env, platform)).toBe(join(expected));
  });
});

describe('whether TUF was asked for', () => {
  it('is true for any --tuf-* flag and false for none or only --trusted-root', () => {
    expect(tufRequested({})).toBe(false);
    expect(tufRequested({ 'trusted-root': 'root.json' })).toBe(false);
    for (const flag of ['tuf-mirror', 'tuf-root', 'tuf-cache'] as const) expect(tufRequested({ [flag]: 'x' })).toBe(true);
  });
});
