import picomatch from 'picomatch';
import type { Ring, RingMatch, RingRule } from './types.js';
import { foldCase } from './validate-glob.js';

const PICOMATCH_OPTIONS = { dot: true } as const;
const GLOB_CHARS = /[*?[\]{}()!+@\\]/u;

/** Classifies one repository path: the first ring that matches it, or undefined (open ring). */
export type Classifier = (path: string) => RingMatch | undefined;

/**
 * The reference semantics: every rule of every ring tried in order with plain picomatch on
 * the case-folded path. `explain` uses it; the fast classifier must agree with it exactly.
 */
export function createReferenceClassifier(rings: readonly Ring[]): Classifier {
  const compiled = rings.map((ring, ringIndex) => ({
    ring,
    ringIndex,
    rules: ring.rules.map((rule) => ({ rule, test: picomatch(rule.glob, PICOMATCH_OPTIONS) })),
  }));
  return (path) => {
    const folded = foldCase(path);
    for (const { ring, ringIndex, rules } of compiled) {
      const hit = rules.find(({ test }) => test(folded));
      if (hit) return { ring, ringIndex, rule: hit.rule };
    }
    return undefined;
  };
}

interface RingIndex {
  readonly exact: Map<string, RingRule>;
  readonly basename: Map<string, RingRule>;
  readonly prefix: Map<string, RingRule>;
  readonly patterns: readonly { readonly rule: RingRule; readonly test: (path: string) => boolean }[];
}

/**
 * The same decision as the reference, compiled once per policy: globs of the shapes
 * `path`, `**∕name` and `dir/**` become set look-ups, the rest stay picomatch regexes.
 * Within a ring the rule reported may differ from the reference's first rule; the ring
 * never does (a differential property test holds it to that).
 */
export function createClassifier(rings: readonly Ring[]): Classifier {
  const indexes = rings.map(indexRing);
  return (path) => {
    const folded = foldCase(path);
    const slash = folded.lastIndexOf('/');
    const base = slash === -1 ? folded : folded.slice(slash + 1);
    for (let ringIndex = 0; ringIndex < indexes.length; ringIndex++) {
      const rule = matchRing(indexes[ringIndex]!, folded, base);
      if (rule) return { ring: rings[ringIndex]!, ringIndex, rule };
    }
    return undefined;
  };
}

function matchRing(index: RingIndex, folded: string, base: string): RingRule | undefined {
  const direct = index.exact.get(folded) ?? index.basename.get(base);
  if (direct) return direct;
  if (index.prefix.size > 0) {
    // `dir/**` matches dir itself and everything below it.
    let cut = folded.length;
    while (cut > 0) {
      const rule = index.prefix.get(folded.slice(0, cut));
      if (rule) return rule;
      cut = folded.lastIndexOf('/', cut - 1);
    }
  }
  return index.patterns.find(({ test }) => test(folded))?.rule;
}

function indexRing(ring: Ring): RingIndex {
  const index = { exact: new Map<string, RingRule>(), basename: new Map<string, RingRule>(), prefix: new Map<string, RingRule>(), patterns: [] as { rule: RingRule; test: (path: string) => boolean }[] };
  for (const rule of ring.rules) {
    const { glob } = rule;
    if (!GLOB_CHARS.test(glob)) setOnce(index.exact, glob, rule);
    else if (glob.startsWith('**/') && !GLOB_CHARS.test(glob.slice(3)) && !glob.slice(3).includes('/')) setOnce(index.basename, glob.slice(3), rule);
    else if (glob.endsWith('/**') && !GLOB_CHARS.test(glob.slice(0, -3))) setOnce(index.prefix, glob.slice(0, -3), rule);
    else index.patterns.push({ rule, test: picomatch(glob, PICOMATCH_OPTIONS) });
  }
  return index;
}

function setOnce(map: Map<string, RingRule>, key: string, rule: RingRule): void {
  if (!map.has(key)) map.set(key, rule);
}
