import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as core from '@actions/core';
import { escapeUntrusted } from '@ringfence/core';
import type { GuardVerdict, RingReport } from '@ringfence/guard';
import { escapeHtml } from './escape-html.js';

export interface GuardReport {
  readonly verdict: GuardVerdict;
  readonly mode: 'enforce' | 'evaluate';
  /** True when the verdict was also posted as the `ringfence/guard` check with an App token. */
  readonly enforced: boolean;
  /** Lines the summary must show as they are (for example why the result is advisory). */
  readonly notes: readonly string[];
  readonly tempDir: string;
}

const MAX_ANNOTATIONS = 50;

/**
 * Writes a guard verdict where a runner shows it: outputs `verdict`, `rings`, `report`
 * (the verdict document on disk), the job summary, and an error annotation per blocked
 * path. In `evaluate` mode the step succeeds and says what would have been blocked.
 */
export async function reportGuard(report: GuardReport): Promise<void> {
  const { verdict } = report;
  const headSha = typeof verdict.inputs['headSha'] === 'string' ? verdict.inputs['headSha'] : 'unknown';
  const reportPath = join(report.tempDir, `ringfence-guard-${headSha.slice(0, 12)}.json`);
  await writeFile(reportPath, `${JSON.stringify({ ...verdict, mode: report.mode, enforced: report.enforced }, null, 2)}\n`);
  core.setOutput('verdict', verdict.outcome);
  core.setOutput('rings', JSON.stringify(verdict.detail.rings.map((r) => ({ layer: r.layer, ring: r.ring, satisfied: r.satisfied, approvalsMissing: r.approvalsMissing }))));
  core.setOutput('report', reportPath);
  annotate(verdict);
  await writeSummary(report, headSha);
  if (verdict.outcome !== 'allowed' && report.mode === 'enforce') core.setFailed(`ringfence guard: ${verdict.outcome}: ${escapeUntrusted(verdict.reasons.map((r) => r.message).join('; '))}`);
}

function annotate(verdict: GuardVerdict): void {
  const blocked = verdict.detail.rings.filter((r) => !r.satisfied).flatMap((ring) => ring.paths.map((p) => ({ ring, path: p.path })));
  for (const { ring, path } of blocked.slice(0, MAX_ANNOTATIONS)) {
    core.error(`${escapeUntrusted(path)} is in ring ${ring.ring}, which needs ${ring.approvalsMissing} more approval(s) from ${ring.whoCanApprove}`, { title: 'ringfence guard', file: escapeUntrusted(path) });
  }
  if (blocked.length > MAX_ANNOTATIONS) core.error(`${blocked.length - MAX_ANNOTATIONS} more protected paths need approval (see the job summary)`, { title: 'ringfence guard' });
}

async function writeSummary(report: GuardReport, headSha: string): Promise<void> {
  const { verdict } = report;
  const heading = verdict.outcome === 'allowed' ? 'allowed' : report.mode === 'evaluate' ? `would have been ${verdict.outcome} (evaluate mode)` : verdict.outcome;
  const summary = core.summary.addHeading(`ringfence guard: ${heading}`, 2);
  summary.addRaw(`<p>mode <b>${report.mode}</b>; ${report.enforced ? 'enforced through the <code>ringfence/guard</code> check' : '<b>advisory</b>: no App token, so this job result can be imitated by a same-named job'}; author ${escapeHtml(verdict.detail.author.login)} (${verdict.detail.author.maintainer ? 'maintainer' : 'external'}); head <code>${escapeHtml(headSha)}</code></p>`, true);
  for (const note of report.notes) summary.addRaw(`<p>${escapeHtml(note)}</p>`, true);
  if (verdict.detail.rings.length > 0) summary.addTable([[{ data: 'ring', header: true }, { data: 'status', header: true }, { data: 'approvals', header: true }, { data: 'who can approve', header: true }, { data: 'paths', header: true }], ...verdict.detail.rings.map(ringRow)]);
  else summary.addRaw('<p>No protected ring is touched.</p>', true);
  for (const reason of verdict.reasons) summary.addRaw(`<p><code>${reason.code}</code> ${escapeHtml(reason.message)}</p>`, true);
  for (const warning of verdict.detail.warnings) summary.addRaw(`<p>warning <code>${escapeHtml(warning.code)}</code> ${escapeHtml(warning.message)}</p>`, true);
  await summary.write();
}

function ringRow(ring: RingReport): string[] {
  const paths = ring.paths.slice(0, 20).map((p) => `${escapeHtml(p.path)} (${p.kind}${p.via === 'path' ? '' : `, ${p.via}`})`);
  if (ring.paths.length > 20) paths.push(`and ${ring.paths.length - 20} more`);
  const received = ring.approvedBy.length > 0 ? ` by ${ring.approvedBy.map(escapeHtml).join(', ')}` : '';
  return [`${escapeHtml(ring.ring)}${ring.layer === 'org' ? ' (org)' : ''}`, ring.satisfied ? 'ok' : `needs ${ring.approvalsMissing} more`, `${ring.approvalsRequired} required${received}`, escapeHtml(ring.whoCanApprove), paths.join('<br>')];
}
