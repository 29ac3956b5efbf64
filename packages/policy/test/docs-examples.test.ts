import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { loadPolicy } from '../src/load-policy.js';

// Every policy shown in the docs must load: a copy-pasted example that fails is a defect.
const DOCS = join(import.meta.dirname, '../../../docs');
const BLOCK = /```yaml\n([\s\S]*?)```/gu;

const examples = readdirSync(DOCS)
  .filter((f) => f.endsWith('.md'))
  .flatMap((file) => [...readFileSync(join(DOCS, file), 'utf8').matchAll(BLOCK)].map((m, i) => [`${file} #${i + 1}`, m[1]!] as const))
  .filter(([, text]) => /^version: 1$/mu.test(text) && !/^\s*(on|jobs):/mu.test(text));

describe('policies shown in docs/', () => {
  it('there are some', () => expect(examples.length).toBeGreaterThanOrEqual(4));
  it.each(examples)('%s loads', (_name, text) => {
    expect(loadPolicy(text, 'docs example').rings.length).toBeGreaterThan(0);
  });
});

describe('the default policy as docs/policy.md shows it', () => {
  it('has the same rings and globs as the built-in default', async () => {
    const { defaultPolicy } = await import('../src/compile-policy.js');
    const shown = examples.find(([, text]) => text.includes('- name: build'))![1];
    const globsOf = (rings: readonly { name: string; rules: readonly { glob: string }[] }[]) => rings.map((r) => [r.name, r.rules.map((x) => x.glob).sort()]);
    expect(globsOf(loadPolicy(shown, 'docs').rings)).toEqual(globsOf(defaultPolicy().rings));
  });
});
