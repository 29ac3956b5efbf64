import { escapeUntrusted } from '@ringfence/core';
import type { GuardVerdict, RingReport } from '@ringfence/guard';

const MAX_PATHS_SHOWN = 20;

/** The guard verdict as a person reads it: outcome, then each ring touched with its paths and approvals. */
export function renderGuardVerdict(verdict: GuardVerdict): string {
  const { detail, inputs } = verdict;
  const lines = [
    `guard: ${verdict.outcome.toUpperCase()}`,
    `  ${String(inputs['mergeBaseSha']).slice(0, 12)}..${String(inputs['headSha']).slice(0, 12)}, ${String(inputs['changedFiles'])} changed file(s), author ${escapeUntrusted(detail.author.login)} (${detail.author.maintainer ? 'maintainer' : 'external'})`,
  ];
  if (detail.rings.length === 0) lines.push('  no protected ring is touched');
  for (const ring of detail.rings) lines.push(...renderRing(ring));
  if (detail.openPaths > 0) lines.push(`  open: ${detail.openPaths} path(s), no approval needed`);
  for (const reason of verdict.reasons) lines.push(`reason ${reason.code}: ${escapeUntrusted(reason.message)}`);
  for (const warning of detail.warnings) lines.push(`warning ${warning.code}: ${escapeUntrusted(warning.message)}`);
  return lines.join('\n');
}

function renderRing(ring: RingReport): string[] {
  const status = ring.satisfied ? 'ok' : `needs ${ring.approvalsMissing} more approval${ring.approvalsMissing === 1 ? '' : 's'}`;
  const approved = ring.approvedBy.length > 0 ? `, approved by ${ring.approvedBy.join(', ')}` : '';
  const self = ring.authorQualifies ? ', the author qualifies' : '';
  const lines = [`  ring ${ring.ring}${ring.layer === 'org' ? ' (org)' : ''}: ${status} (requires ${ring.approvalsRequired} from ${ring.whoCanApprove}${self}${approved})`];
  for (const path of ring.paths.slice(0, MAX_PATHS_SHOWN)) {
    const via = path.via === 'path' ? '' : ` [${path.via}]`;
    lines.push(`    ${path.kind.padEnd(12)} ${escapeUntrusted(path.path)}${via}  (${escapeUntrusted(path.rule)})`);
  }
  if (ring.paths.length > MAX_PATHS_SHOWN) lines.push(`    ... and ${ring.paths.length - MAX_PATHS_SHOWN} more`);
  return lines;
}
