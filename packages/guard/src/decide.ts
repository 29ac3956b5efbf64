import { VERDICT_VERSION } from '@ringfence/core';
import type { Reason, Warning } from '@ringfence/core';
import { POLICY_PATHS, createClassifier, describePrincipals, describeRule, foldCase, isRepositoryPath } from '@ringfence/policy';
import type { LayeredPolicy, PolicyLayer, Ring } from '@ringfence/policy';
import type { ChangeSet } from './changes.js';
import { assignRings, forEachTouch } from './assign-rings.js';
import type { Assignment } from './assign-rings.js';
import { isMaintainer, qualifies } from './principals.js';
import type { PrincipalFacts } from './principals.js';
import type { GuardVerdict, RingReport } from './verdict.js';

export interface PolicySource {
  readonly layer: 'org' | 'repository';
  /** Undefined: no file, the built-in default applied. */
  readonly file: string | undefined;
  readonly blobSha: string | undefined;
  /** The commit (or ref) the policy was read at. */
  readonly ref: string;
}

export interface GuardInput {
  readonly changes: ChangeSet;
  readonly policy: LayeredPolicy;
  readonly policySources: readonly PolicySource[];
  readonly author: PrincipalFacts;
  /** One entry per reviewer whose latest decisive review approved exactly `changes.headSha`. */
  readonly approvals: readonly PrincipalFacts[];
  /** Logins whose approval never counts: the author, the authors of the change's commits. */
  readonly ineligibleApprovers: readonly string[];
  /**
   * False when the change is not provably the author's own work (a commit by someone else,
   * or unsigned): the author is then external whatever the policy says of their login.
   * Defaults to true (local mode, where trust is asserted).
   */
  readonly authorTrusted?: boolean;
  /** What discovery or the change source could not see; shown, never decisive by itself. */
  readonly warnings?: readonly Warning[];
}

/**
 * The guard's decision: every ring of every policy layer that the change touches needs its
 * approvals, counting the author when the author qualifies for that ring. Pure; anything
 * it cannot classify decides "blocked".
 */
export function decide(input: GuardInput): GuardVerdict {
  const inputReasons = checkInput(input);
  const maintainer = input.authorTrusted !== false && input.policy.layers.length > 0 && input.policy.layers.every((layer) => isMaintainer(input.author, layer.policy.trusted, (globs) => allWithin(input.changes.changes, globs)));
  const layers = input.policy.layers.map((layer) => reportLayer(layer, input, maintainer));
  const rings = layers.flatMap((l) => l.reports);
  const reasons: Reason[] = [...inputReasons, ...rings.filter((r) => !r.satisfied).map(toReason)];
  const openPaths = countOpenEverywhere(layers.map((l) => l.open));
  return {
    version: VERDICT_VERSION,
    control: 'guard',
    outcome: reasons.length === 0 ? 'allowed' : 'blocked',
    reasons,
    inputs: {
      baseSha: input.changes.baseSha,
      headSha: input.changes.headSha,
      mergeBaseSha: input.changes.mergeBaseSha,
      policies: input.policySources,
      author: input.author.login,
      approvers: input.approvals.map((a) => a.login),
      changedFiles: input.changes.changes.length,
    },
    detail: { author: { login: input.author.login, maintainer }, rings, openPaths, warnings: input.warnings ?? [] },
  };
}

function checkInput(input: GuardInput): Reason[] {
  const reasons: Reason[] = [];
  if (input.policy.layers.length === 0) reasons.push({ code: 'POLICY_INVALID', message: 'no policy layer to decide under' });
  const unknown: string[] = [];
  const malformed: string[] = [];
  for (const change of input.changes.changes) {
    if (change.kind === 'unknown') unknown.push(change.path);
    if (!isRepositoryPath(change.path)) malformed.push(change.path);
    if (change.previousPath !== undefined && !isRepositoryPath(change.previousPath)) malformed.push(change.previousPath);
  }
  if (unknown.length > 0) reasons.push({ code: 'CHANGE_KIND_UNKNOWN', message: `changes of an unknown kind: ${unknown.length} path(s)`, paths: unknown });
  if (malformed.length > 0) reasons.push({ code: 'INPUT_ERROR', message: `paths that are not repository paths: ${malformed.length}`, paths: malformed });
  return reasons;
}

// A path is open only when no layer protects it.
function countOpenEverywhere(open: readonly Uint8Array[]): number {
  const [first, ...rest] = open;
  if (!first) return 0;
  let count = 0;
  for (let i = 0; i < first.length; i++) if (first[i] === 1 && rest.every((flags) => flags[i] === 1)) count++;
  return count;
}

function reportLayer(layer: PolicyLayer, input: GuardInput, maintainer: boolean): { reports: RingReport[]; open: Uint8Array } {
  const { rings, assignments, open } = assignRings(layer.policy, input.changes);
  const byRing = new Map<number, Assignment[]>();
  for (const assignment of assignments) {
    const hits = byRing.get(assignment.ringIndex);
    if (hits) hits.push(assignment);
    else byRing.set(assignment.ringIndex, [assignment]);
  }
  const reports = [...byRing.entries()].sort(([a], [b]) => a - b).map(([index, hits]) => reportRing(layer.name, rings[index]!, hits, input, maintainer));
  return { reports, open };
}

function reportRing(layer: 'org' | 'repository', ring: Ring, hits: readonly Assignment[], input: GuardInput, maintainer: boolean): RingReport {
  const authorQualifies = maintainer && (ring.approvers.isTrustedSet || qualifies(input.author, ring.approvers));
  const ineligible = new Set([input.author.login, ...input.ineligibleApprovers].map((l) => l.toLowerCase()));
  const approvedBy = distinct(input.approvals.filter((a) => !ineligible.has(a.login.toLowerCase()) && qualifies(a, ring.approvers)).map((a) => a.login));
  const needed = Math.max(0, ring.approvals - (authorQualifies ? 1 : 0));
  const missing = Math.max(0, needed - approvedBy.length);
  return {
    layer,
    ring: ring.name,
    paths: hits.map(({ touch, rule }) => ({ path: touch.path, kind: touch.change.kind, via: touch.via, rule: describeRule(rule) })),
    approvalsRequired: ring.approvals,
    approvalsMissing: missing,
    approvedBy,
    authorQualifies,
    whoCanApprove: describePrincipals(ring.approvers),
    satisfied: missing === 0,
  };
}

function toReason(report: RingReport): Reason {
  const paths = [...new Set(report.paths.map((p) => p.path))];
  const touchesPolicy = paths.some((p) => (POLICY_PATHS as readonly string[]).includes(foldCase(p)));
  const layer = report.layer === 'org' ? 'org policy' : 'repository policy';
  const message = `ring ${report.ring} (${layer}) needs ${report.approvalsMissing} more approval${report.approvalsMissing === 1 ? '' : 's'} of the head commit from ${report.whoCanApprove}`;
  return { code: touchesPolicy ? 'POLICY_FILE_CHANGED' : 'RING_APPROVAL_REQUIRED', message, ring: report.ring, paths };
}

/** True when every path the changes touch lies within `globs` (a bot's trusted paths). */
export function allWithin(changes: GuardInput['changes']['changes'], globs: readonly string[]): boolean {
  const classify = createClassifier([{ name: 'bot', description: undefined, rules: globs.map((glob) => ({ glob: foldCase(glob), origin: { kind: 'path', pointer: '' } })), approvals: 1, approvers: { permission: undefined, users: [], teams: [], isTrustedSet: false }, builtin: false }]);
  let within = true;
  forEachTouch(changes, (_change, path) => {
    within &&= classify(path) !== undefined;
  });
  return within;
}

function distinct(logins: readonly string[]): string[] {
  const seen = new Set<string>();
  return logins.filter((login) => {
    const key = login.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
