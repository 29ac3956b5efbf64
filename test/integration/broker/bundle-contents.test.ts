// The Redis client serves the broker only: the action bundles a runner downloads and starts
// on every job must not carry it (size, cold start, and code no job needs).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';

const DIST = join(import.meta.dirname, '../../../dist');
const actionBundles = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js') && !file.startsWith('cli'));

describe('where the Redis client is bundled', () => {
  it('is in the CLI, which runs the broker, and only in a chunk the other commands never load', () => {
    const cli = readdirSync(join(DIST, 'cli'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
    const holding = cli.filter((file) => readFileSync(join(DIST, 'cli', file), 'utf8').includes('node_modules/@redis/client/'));
    expect(holding.length).toBeGreaterThan(0);
    expect(holding).not.toContain('ringfence.js');
  });

  it('there are action bundles to check', () => expect(actionBundles.length).toBeGreaterThan(0));
  it.each(actionBundles.map((file) => [file]))('is not in dist/%s', (file) => {
    expect(readFileSync(join(DIST, file), 'utf8')).not.toContain('node_modules/@redis/client/');
  });
});
