import { escapeUntrusted } from '@ringfence/core';
import type { Finding, RepositoryReport } from '@ringfence/doctor';

/** One repository's report as a person reads it: a headline, then each finding with where and the fix. */
export function renderReport(report: RepositoryReport): string {
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const warnings = report.findings.length - errors;
  const branch = report.defaultBranch !== undefined ? ` (default branch ${escapeUntrusted(report.defaultBranch)})` : '';
  const counts = report.findings.length === 0 ? 'no findings' : `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  return [`${escapeUntrusted(report.repository)}${branch}: ${report.outcome === 'ok' ? 'OK' : 'FAILED'}, ${counts}`, ...report.findings.flatMap(renderFinding)].join('\n');
}

function renderFinding(f: Finding): string[] {
  const where = f.file !== undefined ? ` ${escapeUntrusted(f.file)}${f.line !== undefined ? `:${f.line}` : ''}${f.column !== undefined ? `:${f.column}` : ''}` : '';
  return [`  ${f.severity} ${f.code}${where}: ${escapeUntrusted(f.message)}`, `    fix: ${escapeUntrusted(f.fix)}`];
}
