import picomatch from 'picomatch';
import { compileLookups, compileRingScan, lookup, scanRing } from './compile-matcher.js';
import type { Ring, RingMatch } from './types.js';
import { foldCase } from './validate-glob.js';

const PICOMATCH_OPTIONS = { dot: true } as const;

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

/**
 * The same decision as the reference, compiled once per policy. Globs of the shapes `path`,
 * `**∕name`, `**∕*.ext` and `**∕a/b` become one set of look-ups across all rings (the
 * lowest ring wins); the rest are scanned ring by ring, only for rings tighter than the
 * look-up's answer. The rule reported may differ from the reference's first rule within a
 * ring; the ring never does (a differential property test holds it to that).
 */
export function createClassifier(rings: readonly Ring[]): Classifier {
  const lookups = compileLookups(rings);
  const scans = rings.map(compileRingScan);
  return (path) => {
    const folded = foldCase(path);
    const slash = folded.lastIndexOf('/');
    const base = slash === -1 ? folded : folded.slice(slash + 1);
    const found = lookup(lookups, folded, base);
    const limit = found?.ringIndex ?? rings.length;
    for (let ringIndex = 0; ringIndex < limit; ringIndex++) {
      const rule = scanRing(scans[ringIndex]!, folded, base);
      if (rule) return { ring: rings[ringIndex]!, ringIndex, rule };
    }
    return found ? { ring: rings[found.ringIndex]!, ringIndex: found.ringIndex, rule: found.rule } : undefined;
  };
}
