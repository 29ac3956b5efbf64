import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as core from '@actions/core';
import { escapeUntrusted } from '@ringfence/core';
import type { VerifyVerdict } from '@ringfence/provenance';
import { escapeHtml } from './escape-html.js';

/** A verify verdict and where to put its document. */
export interface VerifyReport {
  readonly verdict: VerifyVerdict;
  readonly tempDir: string;
}

/**
 * Writes a verify verdict where a runner shows it: outputs `verdict`, `verified` and
 * `report` (the verdict document on disk, with the verified provenance), the job summary,
 * and an error annotation naming the check that refused; any outcome but `allowed` fails the step.
 */
export async function reportVerify(report: VerifyReport): Promise<void> {
  const { verdict } = report;
  const digest = String(verdict.inputs['subjectSha256']);
  const reportPath = join(report.tempDir, `ringfence-verify-${digest.slice(0, 12)}.json`);
  await writeFile(reportPath, `${JSON.stringify(verdict, null, 2)}\n`);
  core.setOutput('verdict', verdict.outcome);
  core.setOutput('verified', String(verdict.outcome === 'allowed'));
  core.setOutput('report', reportPath);
  const failure = verdict.detail.failure;
  if (failure) core.error(`${failure.code}: ${escapeUntrusted(failure.message)}`, { title: 'ringfence verify' });
  await writeSummary(verdict, digest);
  if (verdict.outcome !== 'allowed') core.setFailed(`ringfence verify: ${verdict.outcome}: ${escapeUntrusted(verdict.reasons.map((r) => r.message).join('; '))}`);
}

async function writeSummary(verdict: VerifyVerdict, digest: string): Promise<void> {
  const { detail } = verdict;
  const summary = core.summary.addHeading(`ringfence verify: ${verdict.outcome === 'allowed' ? 'verified' : 'NOT verified'}`, 2);
  summary.addRaw(`<p>artifact <code>sha256:${escapeHtml(digest)}</code>; signed with ${detail.signer === 'certificate' ? 'a Sigstore certificate' : 'a key'}</p>`, true);
  const certificate = detail.certificate;
  if (certificate) {
    const rows = [
      ['source repository', certificate.sourceRepositoryUri, certificate.sourceRepositoryIdentifier && `id ${certificate.sourceRepositoryIdentifier}`],
      ['ref', certificate.sourceRepositoryRef, undefined],
      ['commit', certificate.sourceRepositoryDigest, undefined],
      ['builder', certificate.buildSignerUri, certificate.buildSignerDigest],
      ['runner', certificate.runnerEnvironment, undefined],
      ['issuer', certificate.issuer, undefined],
    ].filter((row): row is [string, string, string | undefined] => row[1] !== undefined);
    summary.addTable([[{ data: 'certificate says', header: true }, { data: 'value', header: true }], ...rows.map(([name, value, extra]) => [name, `<code>${escapeHtml(value)}</code>${extra ? ` (${escapeHtml(extra)})` : ''}`])]);
  }
  if (detail.approval) summary.addRaw(`<p>approved: pull request #${detail.approval.pullRequest} at <code>${escapeHtml(detail.approval.headSha)}</code> by ${escapeHtml(detail.approval.approvers.join(', ') || 'no one (no ring needed approval)')}</p>`, true);
  summary.addRaw(`<p>checks passed: ${detail.passed.map((check) => `<code>${check}</code>`).join(', ') || 'none'}</p>`, true);
  if (detail.failure) summary.addRaw(`<p><b>refused by <code>${detail.failure.check}</code></b>: <code>${detail.failure.code}</code> ${escapeHtml(detail.failure.message)}</p>`, true);
  for (const candidate of detail.candidates ?? []) summary.addRaw(`<p>attestation #${candidate.index}: <code>${candidate.code}</code> ${escapeHtml(candidate.message)}</p>`, true);
  for (const warning of detail.warnings) summary.addRaw(`<p>warning <code>${escapeHtml(warning.code)}</code> ${escapeHtml(warning.message)}</p>`, true);
  await summary.write();
}
