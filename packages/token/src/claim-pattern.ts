import picomatch from 'picomatch';
import type { ClaimPattern } from './types.js';

// The one glob dialect (DESIGN.md): `*` never crosses `/`, dots included. `strictSlashes`
// because picomatch otherwise lets `refs/heads/*` match `refs/heads/main/`.
const OPTIONS = { dot: true, strictSlashes: true } as const;
const matchers = new WeakMap<ClaimPattern, (value: string) => boolean>();

/** A value as written in a policy: a glob when it uses glob syntax, else compared exactly. */
export function toPattern(text: string): ClaimPattern {
  return { text, glob: picomatch.scan(text).isGlob };
}

/**
 * Why a glob cannot be used, or undefined. A negated glob matches everything but one
 * value, which is never what an allow rule means.
 */
export function findPatternProblem(pattern: ClaimPattern): string | undefined {
  // picomatch does not call `!x` a glob, but whoever wrote it meant "anything but x".
  if (pattern.text.startsWith('!')) return 'a negated glob matches every value but one; list the values instead';
  if (!pattern.glob) return undefined;
  try {
    picomatch.makeRe(pattern.text, OPTIONS);
  } catch (error) {
    return `not a valid glob: ${(error as Error).message}`;
  }
  return undefined;
}

/** True when `value` is the pattern's text, or matches it as a glob. */
export function matchesPattern(pattern: ClaimPattern, value: string): boolean {
  if (!pattern.glob) return pattern.text === value;
  let matcher = matchers.get(pattern);
  if (!matcher) {
    matcher = picomatch(pattern.text, OPTIONS);
    matchers.set(pattern, matcher);
  }
  return matcher(value);
}
