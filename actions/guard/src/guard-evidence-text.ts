import type { GuardVerdict } from '@ringfence/guard';
import { formatGuardEvidence } from '@ringfence/core';

/**
 * The check run's `output.text`: the evidence line the provenance gate reads (who approved
 * the judged head, under which policy blobs). Only for a pull request's verdict: a merge
 * group's check names no single head and policy, so it carries none and is never evidence.
 */
export function guardEvidenceText(verdict: GuardVerdict, headSha: string): { text?: string } {
  const policies = verdict.inputs['policies'];
  if (verdict.inputs['headSha'] !== headSha || !Array.isArray(policies)) return {};
  const approvers = [...new Set(verdict.detail.rings.flatMap((r) => r.approvedBy))].sort();
  const sources = (policies as { layer: 'org' | 'repository'; blobSha: string | undefined }[]).map((p) => ({ layer: p.layer, blobSha: p.blobSha ?? null }));
  return { text: formatGuardEvidence({ version: 1, headSha: headSha.toLowerCase(), outcome: verdict.outcome, approvers, policies: sources }) };
}
