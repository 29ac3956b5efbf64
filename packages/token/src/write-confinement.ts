import { matchesPattern, toPattern } from './claim-pattern.js';
import { isWriteLevel } from './permissions.js';
import type { PermissionSet } from './permissions.js';
import type { ClaimCondition, ClaimPattern, MatchField } from './types.js';

/** Permissions no token may hold at write or admin on the repository hosting its policy. */
export const HOST_PROTECTED_PERMISSIONS = ['contents', 'workflows', 'administration'] as const;

/** True when any permission of the set is write or admin. */
export function grantsWrite(permissions: PermissionSet): boolean {
  return Object.values(permissions).some(isWriteLevel);
}

/** The protected refs when a policy names none: the default branch, compared exactly. */
export function defaultProtectedRefs(defaultBranch: string): ClaimPattern[] {
  return [{ text: `refs/heads/${defaultBranch}`, glob: false }];
}

/**
 * The condition that confines a rule's writes, or undefined when nothing does: an
 * `environment` named exactly, or a `ref`, `workflow_ref` or `job_workflow_ref` every value
 * of which can only match a protected ref. Adding conditions never removes a confinement.
 */
export function findWriteConfinement(conditions: readonly ClaimCondition[], protectedRefs: readonly ClaimPattern[]): MatchField | undefined {
  const confining = conditions.find((condition) => condition.source === 'policy' && confines(condition, protectedRefs));
  return confining?.field;
}

function confines(condition: ClaimCondition, protectedRefs: readonly ClaimPattern[]): boolean {
  const { field, patterns } = condition;
  if (field === 'environment') return patterns.every((p) => !p.glob);
  if (field === 'ref') return patterns.every((p) => isProtectedRef(p, protectedRefs));
  if (field === 'workflow_ref' || field === 'job_workflow_ref') {
    return patterns.every((p) => {
      const ref = workflowRefPart(p);
      return ref !== undefined && isProtectedRef(ref, protectedRefs);
    });
  }
  return false;
}

// An exact ref must match a protected ref; a glob is protected only when it is, literally,
// one of the protected globs (deciding whether one glob contains another is not attempted).
function isProtectedRef(pattern: ClaimPattern, protectedRefs: readonly ClaimPattern[]): boolean {
  return protectedRefs.some((p) => (pattern.glob ? p.text === pattern.text : matchesPattern(p, pattern.text)));
}

// Glob syntax that could match a `/` (or expand to text holding one): `**`, classes, braces,
// extglobs. Only `*` and `?` stay within a path segment.
const SPANS_SEGMENTS = /\*\*|[[\]{}()!+]/u;

/**
 * The ref part of a workflow ref pattern (`owner/repo/.github/workflows/file@refs/...`), or
 * undefined when the pattern could match a claim whose real ref differs from that part. GitHub
 * writes exactly four `/` before the file name's `@`; a path pattern with four literal `/`
 * and no segment-spanning glob therefore lines its `@refs/` up with the claim's.
 */
export function workflowRefPart(pattern: ClaimPattern): ClaimPattern | undefined {
  const at = pattern.text.indexOf('@refs/');
  if (at < 0) return undefined;
  const path = pattern.text.slice(0, at);
  if (SPANS_SEGMENTS.test(path) || path.split('/').length !== 5) return undefined;
  return toPattern(pattern.text.slice(at + 1));
}
