/** What a guard run judges, decided from the event alone (never from branch names). */
export type GuardTarget =
  | { readonly kind: 'pull-request'; readonly number: number; readonly event: string }
  | { readonly kind: 'merge-group'; readonly baseSha: string; readonly headSha: string; readonly baseRef: string; readonly event: string }
  | { readonly kind: 'unsupported'; readonly reason: string };

export interface TargetFacts {
  readonly eventName: string;
  readonly payload: unknown;
  /** `owner/name` of the repository the job runs in (GITHUB_REPOSITORY). */
  readonly repository: string;
  /** GITHUB_REF of the run. */
  readonly ref: string | undefined;
  /** The `pull-request` input, for `workflow_dispatch` re-checks. */
  readonly pullRequestInput: string | undefined;
}

const PULL_REQUEST_EVENTS = new Set(['pull_request_target', 'pull_request', 'pull_request_review']);
const SHA = /^[0-9a-f]{40}$/u;

/**
 * Maps an event to what the guard judges. Pull request events judge the pull request the
 * payload names (its head is re-read through the API); `merge_group` judges the group's
 * range; `workflow_dispatch` re-checks the pull request named by the `pull-request` input,
 * only when run from the default branch (so a branch's own copy of the workflow cannot
 * decide). Every other event, and any payload that does not have the expected shape, is
 * unsupported: the guard then fails with the reason.
 */
export function resolveGuardTarget(facts: TargetFacts): GuardTarget {
  const payload = asRecord(facts.payload);
  const repository = asRecord(payload?.['repository']);
  if (typeof repository?.['full_name'] === 'string' && repository['full_name'].toLowerCase() !== facts.repository.toLowerCase()) {
    return unsupported(`the event is about ${repository['full_name']}, but the job runs in ${facts.repository}`);
  }
  if (PULL_REQUEST_EVENTS.has(facts.eventName)) {
    const number = asRecord(payload?.['pull_request'])?.['number'];
    return isPullNumber(number) ? { kind: 'pull-request', number, event: facts.eventName } : unsupported(`the ${facts.eventName} payload has no pull_request.number`);
  }
  if (facts.eventName === 'merge_group') return mergeGroupTarget(asRecord(payload?.['merge_group']));
  if (facts.eventName === 'workflow_dispatch') return dispatchTarget(facts, repository);
  return unsupported(`the guard runs on pull_request_target, pull_request, pull_request_review, merge_group and workflow_dispatch, not on ${facts.eventName}`);
}

function mergeGroupTarget(group: Record<string, unknown> | undefined): GuardTarget {
  const { base_sha: baseSha, head_sha: headSha, base_ref: baseRef } = group ?? {};
  if (typeof baseSha !== 'string' || !SHA.test(baseSha) || typeof headSha !== 'string' || !SHA.test(headSha) || typeof baseRef !== 'string') {
    return unsupported('the merge_group payload lacks base_sha, head_sha or base_ref');
  }
  return { kind: 'merge-group', baseSha, headSha, baseRef: baseRef.replace(/^refs\/heads\//u, ''), event: 'merge_group' };
}

function dispatchTarget(facts: TargetFacts, repository: Record<string, unknown> | undefined): GuardTarget {
  const defaultBranch = repository?.['default_branch'];
  if (typeof defaultBranch !== 'string' || facts.ref !== `refs/heads/${defaultBranch}`) {
    return unsupported(`workflow_dispatch re-checks are accepted only from the default branch (${typeof defaultBranch === 'string' ? defaultBranch : 'unknown'}), not from ${facts.ref ?? 'an unknown ref'}`);
  }
  const number = Number(facts.pullRequestInput);
  if (!/^\d+$/u.test(facts.pullRequestInput ?? '') || !isPullNumber(number)) return unsupported('workflow_dispatch needs the `pull-request` input: the number of the pull request to re-check');
  return { kind: 'pull-request', number, event: 'workflow_dispatch' };
}

function isPullNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function unsupported(reason: string): GuardTarget {
  return { kind: 'unsupported', reason };
}
