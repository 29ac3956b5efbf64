import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import picomatch from 'picomatch';
import { PRESETS, PRESET_NAMES, findPreset, isPresetName } from '../../src/presets/index.js';
import type { PresetName } from '../../src/presets/index.js';
import { EXAMPLES, NEAR_MISSES } from './examples.js';

// Reference matcher: the policy folds both the glob and the path to lower case, then uses picomatch.
const matcherCache = new Map<string, (path: string) => boolean>();
function matches(glob: string, path: string): boolean {
  let matcher = matcherCache.get(glob);
  if (matcher === undefined) {
    matcher = picomatch(glob.toLowerCase(), { dot: true });
    matcherCache.set(glob, matcher);
  }
  return matcher(path.toLowerCase());
}

const ALL_ENTRIES = PRESETS.flatMap((preset) => preset.entries.map((entry) => ({ preset: preset.name, ...entry })));

describe('preset registry', () => {
  it('lists the presets in the documented order', () => {
    expect(PRESET_NAMES).toEqual([
      'github-actions',
      'codeowners',
      'ringfence-policy',
      'npm',
      'python',
      'go',
      'rust',
      'jvm',
      'make',
      'docker',
      'nix',
      'dotnet',
      'ruby',
      'php',
      'git-metadata',
      'tool-pins',
    ]);
    expect(PRESETS.map((preset) => preset.name)).toEqual(PRESET_NAMES);
  });

  it('has unique kebab-case names and no dynamic preset', () => {
    expect(new Set(PRESET_NAMES).size).toBe(PRESET_NAMES.length);
    for (const name of PRESET_NAMES) expect(name).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(PRESET_NAMES).not.toContain('discovered');
  });

  it('types preset names as a union of literals', () => {
    const known: PresetName = 'tool-pins';
    // @ts-expect-error -- `discovered` is dynamic, not a built-in preset name
    const unknown: PresetName = 'discovered';
    expect(isPresetName(known)).toBe(true);
    expect(isPresetName(unknown)).toBe(false);
  });

  it('finds presets by exact name only', () => {
    for (const preset of PRESETS) {
      expect(findPreset(preset.name)).toBe(preset);
      expect(isPresetName(preset.name)).toBe(true);
    }
    for (const name of ['NPM', 'npm ', 'discovered', 'constructor', '__proto__', 'toString', '']) {
      expect(findPreset(name)).toBeUndefined();
      expect(isPresetName(name)).toBe(false);
    }
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(PRESETS)).toBe(true);
    expect(Object.isFrozen(PRESET_NAMES)).toBe(true);
    for (const preset of PRESETS) {
      expect(Object.isFrozen(preset)).toBe(true);
      expect(Object.isFrozen(preset.entries)).toBe(true);
      for (const entry of preset.entries) expect(Object.isFrozen(entry)).toBe(true);
    }
  });
});

describe.each(PRESETS.map((preset) => [preset.name, preset] as const))('preset %s', (_name, preset) => {
  it('has a summary and at least one entry', () => {
    expect(preset.summary.trim()).not.toBe('');
    expect(preset.entries.length).toBeGreaterThan(0);
  });

  it('has no duplicate globs', () => {
    const globs = preset.entries.map((entry) => entry.glob);
    expect(new Set(globs).size).toBe(globs.length);
  });

  it.each(preset.entries.map((entry) => [entry.glob, entry] as const))('entry %s is well formed', (glob, entry) => {
    expect(glob).not.toBe('');
    expect(glob).toBe(glob.toLowerCase());
    expect(glob).toBe(glob.trim());
    expect(glob).not.toMatch(/^\.?\//);
    expect(glob).not.toMatch(/\/$/);
    expect(glob).not.toMatch(/\\|\s/);
    expect(glob.split('/')).not.toContain('..');
    expect(glob.split('/')).not.toContain('.');
    expect(glob.split('/')).not.toContain('');
    expect(() => picomatch.makeRe(glob, { dot: true })).not.toThrow();
    // One short sentence of its own.
    expect(entry.why).toBe(entry.why.trim());
    expect(entry.why).toMatch(/^[A-Za-z.].*\.$/);
    expect(entry.why).not.toMatch(/\n/);
    expect(entry.why.length).toBeLessThanOrEqual(120);
  });
});

describe('examples', () => {
  it('cover every entry of every preset, and nothing else', () => {
    const expected = Object.fromEntries(PRESETS.map((preset) => [preset.name, preset.entries.map((entry) => entry.glob).sort()]));
    const actual = Object.fromEntries(Object.entries(EXAMPLES).map(([name, rows]) => [name, Object.keys(rows).sort()]));
    expect(actual).toEqual(expected);
  });

  it.each(ALL_ENTRIES.map((entry) => [entry.preset, entry.glob] as const))('%s %s matches its examples', (preset, glob) => {
    const examples = EXAMPLES[preset]?.[glob] ?? [];
    expect(examples.length).toBeGreaterThan(0);
    for (const path of examples) expect([path, matches(glob, path)]).toEqual([path, true]);
    // Case-folded checkouts: at least one example is not in lower case.
    expect(examples.some((path) => path !== path.toLowerCase())).toBe(true);
    if (glob.startsWith('**/')) {
      // At least one example needs the leading `**/`, i.e. lies below a directory.
      const rest = glob.slice(3);
      expect(examples.some((path) => !matches(rest, path))).toBe(true);
    } else {
      // Root-anchored entries name files a tool reads only at the root: a nested copy must not match.
      for (const path of examples) expect([path, matches(glob, `sub/${path}`)]).toEqual([path, false]);
    }
  });
});

describe('near misses', () => {
  it.each(NEAR_MISSES)('%s matches no preset', (path) => {
    const hits = ALL_ENTRIES.filter((entry) => matches(entry.glob, path)).map((entry) => `${entry.preset}: ${entry.glob}`);
    expect(hits).toEqual([]);
  });
});

describe('docs/presets.md', () => {
  const doc = readFileSync(new URL('../../../../docs/presets.md', import.meta.url), 'utf8');

  it('documents exactly the presets and globs of the code, in order', () => {
    const documented: { name: string; globs: string[] }[] = [];
    for (const line of doc.split('\n')) {
      const heading = /^## `([^`]+)`\s*$/.exec(line);
      if (heading) documented.push({ name: heading[1]!, globs: [] });
      const row = /^\| `([^`]+)` \|/.exec(line);
      if (row && documented.length > 0) documented.at(-1)!.globs.push(row[1]!);
    }
    expect(documented).toEqual(PRESETS.map((preset) => ({ name: preset.name, globs: preset.entries.map((entry) => entry.glob) })));
  });
});
