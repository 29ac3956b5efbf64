import picomatch from 'picomatch';
import type { Ring, RingRule } from './types.js';

/**
 * Compiles ring rules into the structures the fast classifier uses. Every shortcut here is
 * a necessary condition of picomatch's own semantics (`*` matches the empty string and
 * never `/`; `dir/**` also matches `dir`); `match-rings.test.ts` checks them differentially.
 */
const PICOMATCH_OPTIONS = { dot: true } as const;
// Everything picomatch gives a meaning to: quotes, `|` and `$` included (it strips quotes,
// emits `|` as alternation and treats `$$` specially), so only plain text takes a shortcut.
const GLOB_CHARS = /[*?[\]{}()!+@\\"|$]/u;
// Groups that hold no other group and no escape: only then can their text be set aside.
const FLAT_GROUPS = /^(?:[^{}()[\]\\]|\{[^{}()[\]\\]*\}|\([^{}()[\]\\]*\)|\[[^{}()[\]\\]*\])*$/u;

export interface Hit {
  readonly ringIndex: number;
  readonly rule: RingRule;
}

/** Set look-ups across all rings; each key keeps the lowest (tightest) ring. */
export interface Lookups {
  readonly exact: Map<string, Hit>;
  readonly basename: Map<string, Hit>;
  /** `**∕*.ext`, keyed by `.ext`. */
  readonly extension: Map<string, Hit>;
  /** `**∕a/b`, keyed by the basename, each with the whole suffix. */
  readonly suffix: Map<string, { readonly suffix: string; readonly hit: Hit }[]>;
}

/** What one ring needs scanned: runs of segments, leading directories and other globs. */
export interface RingScan {
  /** `**∕dir/**` and `**∕a/b/**`, found anywhere by one regex of literal alternatives. */
  readonly segment: Map<string, RingRule>;
  readonly segmentPattern: RegExp | undefined;
  /** `dir/**`, found at the start. */
  readonly prefix: Map<string, RingRule>;
  readonly prefixPattern: RegExp | undefined;
  readonly bySuffix: Map<string, Pattern[]>;
  readonly suffixLengths: readonly number[];
  /** Patterns with no basename suffix to key on, tried for every path that passes their filters. */
  readonly always: readonly Pattern[];
}

interface Pattern {
  readonly rule: RingRule;
  /** What every match's basename starts with, and contains (either may be empty). */
  readonly basePrefix: string;
  readonly baseInfix: string;
  /** For globs without `**`: how many `/` every match has. */
  readonly slashes: number | undefined;
  readonly test: (path: string) => boolean;
}

const isLiteral = (text: string): boolean => text !== '' && !GLOB_CHARS.test(text);
const tailOf = (glob: string): string | undefined => (glob.startsWith('**/') ? glob.slice(3) : undefined);

function lookupKind(glob: string): 'exact' | 'basename' | 'extension' | 'suffix' | undefined {
  if (isLiteral(glob)) return 'exact';
  const tail = tailOf(glob);
  if (tail === undefined || tail.endsWith('/**')) return undefined;
  if (isLiteral(tail)) return tail.includes('/') ? 'suffix' : 'basename';
  if (tail.startsWith('*.') && isLiteral(tail.slice(1)) && !tail.includes('/')) return 'extension';
  return undefined;
}

export function compileLookups(rings: readonly Ring[]): Lookups {
  const lookups: Lookups = { exact: new Map(), basename: new Map(), extension: new Map(), suffix: new Map() };
  rings.forEach((ring, ringIndex) => {
    for (const rule of ring.rules) {
      const hit = { ringIndex, rule };
      const tail = tailOf(rule.glob) ?? '';
      switch (lookupKind(rule.glob)) {
        case 'exact':
          setOnce(lookups.exact, rule.glob, hit);
          break;
        case 'basename':
          setOnce(lookups.basename, tail, hit);
          break;
        case 'extension':
          setOnce(lookups.extension, tail.slice(1), hit);
          break;
        case 'suffix': {
          const base = tail.slice(tail.lastIndexOf('/') + 1);
          lookups.suffix.set(base, [...(lookups.suffix.get(base) ?? []), { suffix: tail, hit }]);
          break;
        }
        case undefined:
          break;
      }
    }
  });
  return lookups;
}

/** The tightest ring any look-up finds for the path, or undefined. */
export function lookup(lookups: Lookups, folded: string, base: string): Hit | undefined {
  let best = lower(lookups.exact.get(folded), lookups.basename.get(base));
  if (lookups.extension.size > 0) {
    // `*` matches the empty string too, so every dot of the basename starts a candidate.
    for (let dot = base.indexOf('.'); dot !== -1; dot = base.indexOf('.', dot + 1)) best = lower(best, lookups.extension.get(base.slice(dot)));
  }
  for (const { suffix, hit } of lookups.suffix.get(base) ?? []) {
    if (folded === suffix || folded.endsWith(`/${suffix}`)) best = lower(best, hit);
  }
  return best;
}

function lower(a: Hit | undefined, b: Hit | undefined): Hit | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.ringIndex < a.ringIndex ? b : a;
}

export function compileRingScan(ring: Ring): RingScan {
  const segment = new Map<string, RingRule>();
  const prefix = new Map<string, RingRule>();
  const patterns: RingRule[] = [];
  for (const rule of ring.rules) {
    const { glob } = rule;
    const tail = tailOf(glob);
    if (lookupKind(glob) !== undefined) continue;
    if (tail?.endsWith('/**') && isLiteral(tail.slice(0, -3))) setOnce(segment, tail.slice(0, -3), rule);
    else if (glob.endsWith('/**') && isLiteral(glob.slice(0, -3))) setOnce(prefix, glob.slice(0, -3), rule);
    else patterns.push(rule);
  }
  return { segment, segmentPattern: literalAlternatives(segment.keys(), '(?:^|/)'), prefix, prefixPattern: literalAlternatives(prefix.keys(), '^'), ...bucketPatterns(patterns) };
}

/** The rule of this ring that matches, trying the cheap filters before any regex. */
export function scanRing(scan: RingScan, folded: string, base: string): RingRule | undefined {
  const anywhere = scan.segmentPattern?.exec(folded);
  if (anywhere) return scan.segment.get(anywhere[1]!);
  const leading = scan.prefixPattern?.exec(folded);
  if (leading) return scan.prefix.get(leading[1]!);
  for (const length of scan.suffixLengths) {
    if (length > base.length) break;
    const hit = scan.bySuffix.get(base.slice(base.length - length))?.find((p) => base.startsWith(p.basePrefix) && p.test(folded));
    if (hit) return hit.rule;
  }
  if (scan.always.length === 0) return undefined;
  const slashes = countSlashes(folded);
  return scan.always.find((p) => (p.slashes === undefined || p.slashes === slashes) && base.includes(p.baseInfix) && base.startsWith(p.basePrefix) && p.test(folded))?.rule;
}

function literalAlternatives(keys: Iterable<string>, anchor: string): RegExp | undefined {
  const list = [...keys].sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&'));
  return list.length === 0 ? undefined : new RegExp(`${anchor}(${list.join('|')})(?:/|$)`, 'u');
}

// A pattern whose last segment is literal at its ends only matches basenames with those ends.
function bucketPatterns(rules: readonly RingRule[]): Pick<RingScan, 'bySuffix' | 'suffixLengths' | 'always'> {
  const bySuffix = new Map<string, Pattern[]>();
  const always: Pattern[] = [];
  for (const rule of rules) {
    const last = lastSegment(rule.glob);
    const pattern = { rule, basePrefix: last === undefined ? '' : literalPrefix(last), baseInfix: longestLiteral(rule.glob), slashes: fixedSlashes(rule.glob), test: picomatch(rule.glob, PICOMATCH_OPTIONS) };
    const suffix = last === undefined ? '' : literalSuffix(last);
    if (suffix === '') always.push(pattern);
    else bySuffix.set(suffix, [...(bySuffix.get(suffix) ?? []), pattern]);
  }
  const suffixLengths = [...new Set([...bySuffix.keys()].map((k) => k.length))].sort((a, b) => a - b);
  return { bySuffix, suffixLengths, always };
}

// The glob's last segment when it constrains the basename: not `**`, no group or escape.
function lastSegment(glob: string): string | undefined {
  if (/[{}()[\]\\]/u.test(glob)) return undefined;
  const last = glob.slice(glob.lastIndexOf('/') + 1);
  return last.includes('**') ? undefined : last;
}

// Without `**` and without any group or bracket expression (a bracket can match `/`, a
// nested group can hold one, a brace range can turn the text around it into a pattern),
// every match has the glob's depth.
function fixedSlashes(glob: string): number | undefined {
  if (glob.includes('**') || /[[{(]/u.test(glob)) return undefined;
  return countSlashes(glob);
}

// The longest run of plain text in the last segment outside any (flat) group.
function longestLiteral(glob: string): string {
  const group = glob.search(/[{(]/u);
  // Brace ranges ({1..3}) make picomatch read the text next to them as a pattern.
  if (glob.includes('[') || glob.includes('..') || (group !== -1 && glob.indexOf('/', group) !== -1)) return '';
  const last = glob.slice(glob.lastIndexOf('/') + 1);
  if (last.includes('**') || !FLAT_GROUPS.test(last)) return '';
  const outsideGroups = last.replace(/\{[^}]*\}|\[[^\]]*\]|\([^)]*\)/gu, '\0');
  return outsideGroups.split(/[\0*?!+@\\{}()[\]"|$]/u).reduce((best, run) => (run.length > best.length ? run : best), '');
}

function literalPrefix(segment: string): string {
  const special = segment.search(GLOB_CHARS);
  return special === -1 ? segment : segment.slice(0, special);
}

function literalSuffix(segment: string): string {
  let start = segment.length;
  while (start > 0 && !GLOB_CHARS.test(segment[start - 1]!)) start--;
  return segment.slice(start);
}

function countSlashes(text: string): number {
  let count = 0;
  for (let at = text.indexOf('/'); at !== -1; at = text.indexOf('/', at + 1)) count++;
  return count;
}

function setOnce<V>(map: Map<string, V>, key: string, value: V): void {
  if (!map.has(key)) map.set(key, value);
}
