import { escapeUntrusted } from '@ringfence/core';
import type { GuardVerdict } from '@ringfence/guard';
import { postCheckRun } from '@ringfence/github';
import type { CheckAnnotation, GitHubClient, RepoRef } from '@ringfence/github';

/** The name rulesets require, together with the App's id (integration_id). */
export const GUARD_CHECK_NAME = 'ringfence/guard';

const MAX_ANNOTATED_PATHS = 200;

/**
 * Posts the enforcing verdict as a check run on the judged head commit, with the App's
 * token: a pull request's own workflow can fake a job of the same name, but not a check
 * run from this App. In evaluate mode the check succeeds and says what it would have done.
 */
export async function postGuardCheck(client: GitHubClient, repo: RepoRef, headSha: string, verdict: GuardVerdict, mode: 'enforce' | 'evaluate', detailsUrl: string): Promise<void> {
  const passed = verdict.outcome === 'allowed' || mode === 'evaluate';
  const title = verdict.outcome === 'allowed' ? 'allowed' : mode === 'evaluate' ? `would have been ${verdict.outcome} (evaluate mode)` : verdict.outcome;
  const lines = verdict.reasons.map((r) => `- \`${r.code}\` ${escapeUntrusted(r.message)}`);
  const rings = verdict.detail.rings.map((r) => `- ring **${escapeUntrusted(r.ring)}**${r.layer === 'org' ? ' (org)' : ''}: ${r.satisfied ? 'ok' : `needs ${r.approvalsMissing} more approval(s) from ${escapeUntrusted(r.whoCanApprove)}`}; ${r.paths.length} path(s)`);
  await postCheckRun(client, repo, {
    name: GUARD_CHECK_NAME,
    headSha,
    conclusion: passed ? 'success' : 'failure',
    title: `ringfence guard: ${title}`,
    summary: [...rings, ...lines].join('\n') || 'No protected ring is touched.',
    annotations: annotations(verdict),
    detailsUrl,
  });
}

function annotations(verdict: GuardVerdict): CheckAnnotation[] {
  return verdict.detail.rings
    .filter((r) => !r.satisfied)
    .flatMap((ring) => ring.paths.map((p) => ({ ring, path: p.path })))
    .slice(0, MAX_ANNOTATED_PATHS)
    .map(({ ring, path }) => ({ path, startLine: 1, endLine: 1, level: 'failure' as const, title: 'ringfence guard', message: `In ring ${ring.ring}: needs ${ring.approvalsMissing} more approval(s) of this commit from ${ring.whoCanApprove}.` }));
}
