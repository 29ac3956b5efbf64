import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as core from '@actions/core';
import { escapeUntrusted, redactSecrets } from '@ringfence/core';
import type { ApprovalEvidence, ProvenanceVerdict, SignedProvenance } from '@ringfence/provenance';
import { escapeHtml } from './escape-html.js';

/** A provenance verdict (with what was signed, when allowed) and where to put its document. */
export interface ProvenanceReport {
  readonly verdict: ProvenanceVerdict;
  readonly tempDir: string;
}

const MAX_ROWS = 200;

/**
 * Writes a provenance verdict where a runner shows it: outputs `verdict`, `report` (the
 * verdict document on disk), `bundle-path` once signed, and the job summary (the gate's
 * reasons, or the subjects, digests and log links). Any outcome but `allowed` fails the step.
 */
export async function reportProvenance(report: ProvenanceReport): Promise<void> {
  const { verdict } = report;
  // Only a commit SHA names the file: the document must land in the temp directory, nowhere else.
  const commit = typeof verdict.inputs['commit'] === 'string' && /^[0-9a-f]{40,64}$/u.test(verdict.inputs['commit']) ? verdict.inputs['commit'] : 'unknown';
  const reportPath = join(report.tempDir, `ringfence-provenance-${commit.slice(0, 12)}.json`);
  await writeFile(reportPath, `${JSON.stringify(verdict, null, 2)}\n`);
  core.setOutput('verdict', verdict.outcome);
  core.setOutput('report', reportPath);
  const { signed } = verdict.detail;
  if (verdict.outcome === 'allowed' && signed) await reportSigned(signed, commit, verdict.detail.approval);
  else await reportRefused(verdict);
}

// The step fails with every reason; the message keeps the wording logs and tests search for.
async function reportRefused(verdict: ProvenanceVerdict): Promise<void> {
  const summary = core.summary.addHeading(`ringfence provenance: ${verdict.outcome === 'allowed' ? 'nothing signed' : `${verdict.outcome}, nothing signed`}`, 2);
  for (const reason of verdict.reasons) summary.addRaw(`<p><code>${reason.code}</code> ${escapeHtml(reason.message)}</p>`, true);
  await summary.write();
  // Defense in depth: an allowed verdict without a signature is no success.
  const reasons = verdict.reasons.length > 0 ? verdict.reasons.map((r) => `${r.code}: ${r.message}`).join('; ') : 'the provenance was not signed';
  core.setFailed(redactSecrets(escapeUntrusted(`approval gate refused, nothing signed: ${reasons}`)));
}

async function reportSigned(signed: SignedProvenance, commit: string, approval: ApprovalEvidence | undefined): Promise<void> {
  core.setOutput('bundle-path', signed.bundlePath);
  const summary = core.summary.addHeading('ringfence provenance', 2);
  summary.addRaw(`<p>signed ${signed.signedWith === 'keyless' ? 'keylessly (Sigstore, the job\'s OIDC identity)' : 'with a key'}; build type <code>${escapeHtml(signed.buildType)}</code>; source <code>${escapeHtml(commit)}</code>; bundle <code>${escapeHtml(signed.bundlePath)}</code></p>`, true);
  summary.addRaw(`<p>${approvalLine(approval)}</p>`, true);
  summary.addTable([[{ data: 'subject', header: true }, { data: 'sha256', header: true }], ...signed.subjects.slice(0, MAX_ROWS).map((s) => [escapeHtml(s.name), `<code>${escapeHtml(s.digest.sha256)}</code>`])]);
  if (signed.subjects.length > MAX_ROWS) summary.addRaw(`<p>and ${signed.subjects.length - MAX_ROWS} more subjects (all are in the bundle)</p>`, true);
  for (const entry of signed.logEntries) summary.addRaw(`<p>transparency log entry ${escapeHtml(entry.logIndex)}${entry.url ? `: <a href="${escapeHtml(entry.url)}">${escapeHtml(entry.url)}</a>` : ''}</p>`, true);
  if (signed.logEntries.length === 0) summary.addRaw('<p>no transparency log entry (timestamped by a TSA, or key-signed without a log)</p>', true);
  if (signed.attestation) reportAttestation(signed.attestation);
  await summary.write();
}

// Outputs and a summary line for the stored attestation.
function reportAttestation(attestation: { readonly id: number; readonly url: string }): void {
  core.setOutput('attestation-id', String(attestation.id));
  core.setOutput('attestation-url', attestation.url);
  core.summary.addRaw(`<p>stored as attestation <a href="${escapeHtml(attestation.url)}">${attestation.id}</a></p>`, true);
}

function approvalLine(approval: ApprovalEvidence | undefined): string {
  if (!approval) return 'approval gate <b>off</b>: the provenance says nothing about review';
  const approvers = approval.approvers.length > 0 ? `approved by ${approval.approvers.map(escapeHtml).join(', ')}` : 'no ring needed approval';
  return `approved source: pull request #${approval.pullRequest}, head <code>${escapeHtml(approval.headSha)}</code>, ${approvers}; guard check run ${approval.guardCheckRunId ?? '?'} of App ${approval.guardAppId ?? '?'}${approval.environment ? `; environment ${escapeHtml(approval.environment)}` : ''}`;
}
