import type { PrincipalSet, Ring, RingRule } from './types.js';

/** "users alice, or teams acme/core, or anyone with write access" */
export function describePrincipals(set: PrincipalSet): string {
  const who: string[] = [];
  if (set.users.length > 0) who.push(`users ${set.users.join(', ')}`);
  if (set.teams.length > 0) who.push(`teams ${set.teams.join(', ')}`);
  if (set.permission) who.push(`anyone with ${set.permission} access`);
  return who.length > 0 ? who.join(', or ') : 'nobody (no approver can qualify)';
}

/** "1 approval from …" */
export function describeApprovers(ring: Pick<Ring, 'approvals' | 'approvers'>): string {
  return `${ring.approvals} approval${ring.approvals === 1 ? '' : 's'} from ${describePrincipals(ring.approvers)}`;
}

/** Why a rule protects a path, in words. */
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
