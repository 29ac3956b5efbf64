import { escapeUntrusted } from '@ringfence/core';
import { describeApprovers, describeRule, formatProblem } from '@ringfence/policy';
import type { CompiledPolicy, PolicyProblem, RingMatch } from '@ringfence/policy';

export function renderRings(policy: CompiledPolicy): string {
  const lines = policy.rings.map((ring, i) => {
    const presets = [...new Set(ring.rules.flatMap((r) => (r.origin.kind === 'preset' ? [r.origin.preset] : [])))];
    const paths = ring.rules.filter((r) => r.origin.kind === 'path').map((r) => r.glob);
    const what = [paths.length > 0 ? `paths ${paths.join(', ')}` : '', presets.length > 0 ? `presets ${presets.join(', ')}` : ''].filter(Boolean).join('; ');
    return `  ${i + 1}. ${ring.name}${ring.builtin ? ' (built in)' : ''}: ${what || 'the policy file'}; needs ${describeApprovers(ring)}`;
  });
  return [`rings, tightest first (a path belongs to the first that matches):`, ...lines, `  -  open: every other path; needs nothing`].join('\n');
}

export function renderMatch(path: string, match: RingMatch | undefined): string {
  const shown = escapeUntrusted(path);
  if (!match) return `${shown}: open ring (no rule matches)`;
  return `${shown}: ring ${match.ring.name}, ${describeRule(match.rule)}; needs ${describeApprovers(match.ring)}`;
}

export function renderProblems(problems: readonly PolicyProblem[]): string {
  return problems.map((p) => `error: ${escapeUntrusted(formatProblem(p))}`).join('\n');
}
