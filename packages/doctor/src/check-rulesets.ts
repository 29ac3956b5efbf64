import { checksNamed } from './check-required-guard.js';
import type { BypassActor, DoctorExpectations, RepositoryFacts, Ruleset } from './facts.js';
import { finding } from './finding.js';
import type { Finding } from './finding.js';

/**
 * Rulesets that name the guard check: one in evaluate or disabled mode enforces nothing (and
 * the rules in force leave it out, so only the ruleset list shows it); an active one is only
 * as strong as its bypass list.
 */
export function checkRulesets(facts: RepositoryFacts, expected: DoctorExpectations): Finding[] {
  if (!facts.rulesets.known) return [];
  const naming = facts.rulesets.value.filter((s) => s.target !== 'tag' && s.target !== 'push' && checksNamed(s.requiredChecks, expected.checkName).length > 0);
  return naming.flatMap((s) => (s.enforcement === 'active' ? checkBypass(s) : [notEnforced(s, expected)]));
}

function notEnforced(s: Ruleset, expected: DoctorExpectations): Finding {
  return finding('RULESET_NOT_ENFORCED', 'warning', `ruleset "${s.name}" (${s.id}, ${s.source}) requires "${expected.checkName}" but its enforcement is ${s.enforcement}: it blocks nothing`, `set the ruleset's enforcement to active once the guard's evaluate-mode verdicts look right`);
}

// Roles and whole-org grants let many people (or a deploy key, or an App) skip the guard.
const BROAD_ACTORS = new Set(['OrganizationAdmin', 'RepositoryRole', 'DeployKey', 'Integration']);

function checkBypass(s: Ruleset): Finding[] {
  const where = `ruleset "${s.name}" (${s.id}, ${s.source})`;
  if (s.bypassActors === undefined) {
    return [finding('BYPASS_ACTORS_UNREADABLE', 'error', `${where}: GitHub did not show who may bypass it (it shows bypass actors only to callers who may edit the ruleset)`, 'run doctor with a token of someone who may edit the ruleset (repository or organisation admin)')];
  }
  if (s.bypassActors.length === 0) return [];
  const broad = s.bypassActors.some((a) => BROAD_ACTORS.has(a.actorType) || a.mode === 'exempt');
  const list = s.bypassActors.map(describeActor).join(', ');
  return [
    finding(
      'BYPASS_ACTORS',
      broad ? 'error' : 'warning',
      `${where} may be bypassed by ${list}${broad ? ': a role, an App, a deploy key or an exemption lets changes skip the guard without a trace on the pull request' : ''}`,
      broad ? 'keep the bypass list to a small break-glass team or named users (bypass mode "always" or "pull_request", never "exempt")' : 'confirm these are your break-glass actors; every bypass is in the audit log',
    ),
  ];
}

function describeActor(a: BypassActor): string {
  return `${a.actorType}${a.actorId !== undefined ? ` ${a.actorId}` : ''} (${a.mode})`;
}
