import { escapeUntrusted } from '@ringfence/core';
import { formatProblem } from '@ringfence/policy';
import type { CompiledPolicy, PolicyProblem, PrincipalSet, Ring, RingMatch, RingRule } from '@ringfence/policy';

/** "1 approval from users alice, teams acme/core, or anyone with write access" */
export function describeApprovers(ring: Pick<Ring, 'approvals' | 'approvers'>): string {
  const count = `${ring.approvals} approval${ring.approvals === 1 ? '' : 's'}`;
  return `${count} from ${describePrincipals(ring.approvers)}`;
}

export function describePrincipals(set: PrincipalSet): string {
  const who: string[] = [];
  if (set.users.length > 0) who.push(`users ${set.users.join(', ')}`);
  if (set.teams.length > 0) who.push(`teams ${set.teams.join(', ')}`);
  if (set.permission) who.push(`anyone with ${set.permission} access`);
  return who.length > 0 ? who.join(', or ') : 'nobody (no approver can qualify)';
}

export function describeRule(rule: RingRule): string {
  switch (rule.origin.kind) {
    case 'path':
      return `path ${JSON.stringify(rule.glob)} (${rule.origin.pointer})`;
    case 'preset':
      return `preset ${rule.origin.preset}: ${JSON.stringify(rule.glob)}, ${rule.origin.why}`;
    case 'policy-file':
      return 'the policy file is always in the tightest ring';
    case 'discovered':
      return `executed by CI (${rule.origin.from})`;
  }
}

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
