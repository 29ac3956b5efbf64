import { escapeUntrusted } from '@ringfence/core';
import type { GuardVerdict } from '@ringfence/guard';
import { postCheckRun } from '@ringfence/github';
import type { CheckAnnotation, GitHubClient, RepoRef } from '@ringfence/github';
import { guardEvidenceText } from './guard-evidence-text.js';
import type { JudgedPullRequest } from './guard-evidence-text.js';

/** The name rulesets require, together with the App's id (integration_id). */
export const GUARD_CHECK_NAME = 'ringfence/guard';
/** Evaluate mode reports under another name, so it can never satisfy the required check. */
export const EVALUATE_CHECK_NAME = 'ringfence/guard (evaluate)';

const MAX_ANNOTATED_PATHS = 200;

/**
 * Posts the enforcing verdict as a check run on the judged head commit, with the App's
 * token: a pull request's own workflow can fake a job of the same name, but not a check
 * run from this App. In evaluate mode the check succeeds and says what it would have done.
 */
export async function postGuardCheck(client: GitHubClient, repo: RepoRef, headSha: string, verdict: GuardVerdict, mode: 'enforce' | 'evaluate', detailsUrl: string, pull?: JudgedPullRequest): Promise<void> {
  const passed = verdict.outcome === 'allowed';
  const title = verdict.outcome === 'allowed' ? 'allowed' : mode === 'evaluate' ? `would have been ${verdict.outcome} (evaluate mode)` : verdict.outcome;
  const lines = verdict.reasons.map((r) => `- \`${r.code}\` ${escapeMarkdown(r.message)}`);
  const rings = verdict.detail.rings.map((r) => `- ring **${escapeMarkdown(r.ring)}**${r.layer === 'org' ? ' (org)' : ''}: ${r.satisfied ? 'ok' : `needs ${r.approvalsMissing} more approval(s) from ${escapeMarkdown(r.whoCanApprove)}`}; ${r.paths.length} path(s)`);
  await postCheckRun(client, repo, {
    name: mode === 'evaluate' ? EVALUATE_CHECK_NAME : GUARD_CHECK_NAME,
    headSha,
    conclusion: mode === 'evaluate' ? 'success' : passed ? 'success' : 'failure',
    title: `ringfence guard: ${title}`,
    summary: [...rings, ...lines].join('\n') || 'No protected ring is touched.',
    annotations: annotations(verdict),
    detailsUrl,
    // The provenance gate reads this line from the check runs of this App only.
    ...(mode === 'enforce' ? guardEvidenceText(verdict, headSha, pull) : {}),
  });
}

// Messages can carry attacker-chosen paths: no link, image or markup may come through.
function escapeMarkdown(text: string): string {
  return escapeUntrusted(text).replace(/[\\`*_{}[\]()<>#+!|~]/gu, (ch) => `\\${ch}`);
}

function annotations(verdict: GuardVerdict): CheckAnnotation[] {
  return verdict.detail.rings
    .filter((r) => !r.satisfied)
    .flatMap((ring) => ring.paths.map((p) => ({ ring, path: p.path })))
    .slice(0, MAX_ANNOTATED_PATHS)
    .map(({ ring, path }) => ({ path, startLine: 1, endLine: 1, level: 'failure' as const, title: 'ringfence guard', message: `In ring ${ring.ring}: needs ${ring.approvalsMissing} more approval(s) of this commit from ${ring.whoCanApprove}.` }));
}
