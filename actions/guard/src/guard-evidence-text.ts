import type { GuardVerdict } from '@ringfence/guard';
import { formatGuardEvidence } from '@ringfence/core';

/** The pull request a verdict judged and the branch it merges into. */
export interface JudgedPullRequest {
  readonly number: number;
  readonly baseRef: string;
}

/**
 * The check run's `output.text`: the evidence line the provenance gate reads (which pull
 * request into which base was judged at which head, who approved it, under which policy
 * blobs). Only for a pull request's verdict: a merge group's check names no single pull
 * request, head and policy, so it carries none and is never evidence.
 */
export function guardEvidenceText(verdict: GuardVerdict, headSha: string, pull: JudgedPullRequest | undefined): { text?: string } {
  const policies = verdict.inputs['policies'];
  const baseSha = verdict.inputs['baseSha'];
  if (pull === undefined || verdict.inputs['headSha'] !== headSha || !Array.isArray(policies) || typeof baseSha !== 'string') return {};
  const approvers = [...new Set(verdict.detail.rings.flatMap((r) => r.approvedBy))].sort();
  const sources = (policies as { layer: 'org' | 'repository'; blobSha: string | undefined }[]).map((p) => ({ layer: p.layer, blobSha: p.blobSha ?? null }));
  return { text: formatGuardEvidence({ version: 2, pullRequest: pull.number, baseRef: pull.baseRef, baseSha: baseSha.toLowerCase(), headSha: headSha.toLowerCase(), outcome: verdict.outcome, approvers, policies: sources }) };
}
