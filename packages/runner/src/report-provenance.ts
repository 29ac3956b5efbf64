import * as core from '@actions/core';
import type { ApprovalEvidence } from '@ringfence/provenance';
import { escapeHtml } from './escape-html.js';

export interface ProvenanceReport {
  readonly bundlePath: string;
  readonly subjects: readonly { readonly name: string; readonly digest: { readonly sha256: string } }[];
  readonly signedWith: 'keyless' | 'key';
  /** Transparency log entries, when the signature was logged. */
  readonly logEntries: readonly { readonly logIndex: string; readonly url: string | undefined }[];
  readonly buildType: string;
  readonly sourceCommit: string | undefined;
  /** The attestation the bundle was stored as (`upload-attestation: true`). */
  readonly attestation?: { readonly id: number; readonly url: string } | undefined;
  /** The approval gate's evidence recorded in the provenance; undefined with the gate off. */
  readonly approval?: ApprovalEvidence | undefined;
}

const MAX_ROWS = 200;

/** Outputs `bundle-path`, and a job summary with the subjects, their digests and log links. */
export async function reportProvenance(report: ProvenanceReport): Promise<void> {
  core.setOutput('bundle-path', report.bundlePath);
  const summary = core.summary.addHeading('ringfence provenance', 2);
  summary.addRaw(`<p>signed ${report.signedWith === 'keyless' ? 'keylessly (Sigstore, the job\'s OIDC identity)' : 'with a key'}; build type <code>${escapeHtml(report.buildType)}</code>${report.sourceCommit ? `; source <code>${escapeHtml(report.sourceCommit)}</code>` : ''}; bundle <code>${escapeHtml(report.bundlePath)}</code></p>`, true);
  summary.addRaw(`<p>${approvalLine(report.approval)}</p>`, true);
  summary.addTable([[{ data: 'subject', header: true }, { data: 'sha256', header: true }], ...report.subjects.slice(0, MAX_ROWS).map((s) => [escapeHtml(s.name), `<code>${escapeHtml(s.digest.sha256)}</code>`])]);
  if (report.subjects.length > MAX_ROWS) summary.addRaw(`<p>and ${report.subjects.length - MAX_ROWS} more subjects (all are in the bundle)</p>`, true);
  for (const entry of report.logEntries) summary.addRaw(`<p>transparency log entry ${escapeHtml(entry.logIndex)}${entry.url ? `: <a href="${escapeHtml(entry.url)}">${escapeHtml(entry.url)}</a>` : ''}</p>`, true);
  if (report.logEntries.length === 0) summary.addRaw('<p>no transparency log entry (timestamped by a TSA, or key-signed without a log)</p>', true);
  if (report.attestation) reportAttestation(report.attestation);
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
