import type { Reason } from '@ringfence/core';
import type { GuardVerdict } from './verdict.js';

/** A pull request as GitHub lists it: which commit it proposes, into which branch, open or not. */
export interface PullRequestAtHead {
  readonly number: number;
  readonly headSha: string;
  readonly baseRef: string;
  /** GitHub's `state`: `open` or `closed`. */
  readonly state: string;
}

/** The pull request being judged, at the head commit the verdict is posted on. */
export interface JudgedHead {
  readonly number: number;
  readonly headSha: string;
}

/**
 * The other pull requests that share the judged head, and why a success must not be posted
 * for it then: a check run belongs to a commit, not to a pull request, so every other pull
 * request with the same head would be judged by this run's check, and this one by theirs (a
 * pull request into a looser branch, or into one that already holds the change, could pass
 * for one into `main`).
 *
 * Any other pull request that is not closed counts, whatever its base: two pull requests into
 * the same base still differ in author and reviews, so their verdicts can differ too. A state
 * other than `closed` counts as open (fail closed). Closed ones do not: they have no run to
 * come (reopening one runs the guard again, and that run sees this one), and a run of theirs
 * still in flight lists again after posting a success (see the guard action).
 */
export function findSharedHead(judged: JudgedHead, listed: readonly PullRequestAtHead[]): { reason: Reason; others: number[] } | undefined {
  const head = judged.headSha.toLowerCase();
  const others = listed.filter((pr) => pr.number !== judged.number && pr.headSha.toLowerCase() === head && pr.state !== 'closed').sort((a, b) => a.number - b.number);
  if (others.length === 0) return undefined;
  const named = others.map((pr) => `#${pr.number} (into ${pr.baseRef})`).join(', ');
  const closing = others.map((pr) => `#${pr.number}`).join(', ');
  const message =
    `head ${judged.headSha} is also the head of ${named}: a check belongs to a commit, so a verdict on it would count for every pull request with that head. ` +
    `Close ${closing} and re-run the guard for #${judged.number} (workflow_dispatch with pull-request: ${judged.number}), or push a new commit to #${judged.number}.`;
  return { reason: { code: 'HEAD_SHARED', message }, others: others.map((pr) => pr.number) };
}

/**
 * The verdict for `judged` once the pull requests listed at its head are known: unchanged when
 * no other one shares it; otherwise an allowed verdict becomes blocked (an error stays an
 * error), with the reason added and the other pull requests recorded in its inputs.
 */
export function refuseSharedHead(verdict: GuardVerdict, judged: JudgedHead, listed: readonly PullRequestAtHead[]): GuardVerdict {
  const shared = findSharedHead(judged, listed);
  if (shared === undefined) return verdict;
  return {
    ...verdict,
    outcome: verdict.outcome === 'error' ? 'error' : 'blocked',
    reasons: [...verdict.reasons, shared.reason],
    inputs: { ...verdict.inputs, sharedHeadWith: shared.others },
  };
}
