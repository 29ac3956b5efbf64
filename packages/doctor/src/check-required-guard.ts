import type { DoctorExpectations, LegacyProtection, RepositoryFacts, RequiredCheck, Ruleset } from './facts.js';
import { finding } from './finding.js';
import type { Finding } from './finding.js';

/**
 * The GitHub Actions App on github.com: a check required "from" it can be posted by any
 * workflow of the repository, including one a pull request adds (GHES has its own id).
 */
export const GITHUB_ACTIONS_APP_ID = 15368;

/** One requirement of the guard check in force: which ruleset, which App. */
interface Requirement {
  readonly rulesetId: number | undefined;
  readonly source: string | undefined;
  readonly appId: number | undefined;
}

/**
 * Is the guard check required on the default branch, pinned to the guard App, by a ruleset
 * targeting all branches? Requirements add up (every one must pass), so one pinned to the
 * right App makes the others harmless; without one, each weak requirement is named.
 */
export function checkRequiredGuard(facts: RepositoryFacts, expected: DoctorExpectations): Finding[] {
  if (!facts.requiredChecksInForce.known) {
    return [finding('RULES_UNREADABLE', 'error', `the rules in force on ${facts.defaultBranch} could not be read: ${facts.requiredChecksInForce.reason}`, 'give the token metadata read access to the repository (any token that can see it)')];
  }
  const requirements = facts.requiredChecksInForce.value.flatMap((rule) => rule.checks.filter((c) => c.context === expected.checkName).map((c): Requirement => ({ rulesetId: rule.rulesetId, source: rule.source, appId: c.appId })));
  if (requirements.length === 0) return [notRequired(facts, expected)];
  const pinned = requirements.filter((r) => isGuardApp(r.appId, expected));
  if (pinned.length === 0) return requirements.map((r) => weakRequirement(r, expected));
  return [...confirmApp(pinned, expected), ...checkAllBranches(facts, pinned, expected)];
}

function isGuardApp(appId: number | undefined, expected: DoctorExpectations): boolean {
  if (appId === undefined || appId <= 0 || appId === GITHUB_ACTIONS_APP_ID) return false;
  return expected.guardAppId === undefined || appId === expected.guardAppId;
}

const RULESET_FIX = (expected: DoctorExpectations) =>
  `apply the ruleset \`ringfence init${expected.guardAppId !== undefined ? ` --app-id ${expected.guardAppId}` : ''}\` prints: enforcement active, all branches (~ALL), required check "${expected.checkName}" with integration_id set to the guard App's id`;

function notRequired(facts: RepositoryFacts, expected: DoctorExpectations): Finding {
  return finding('GUARD_NOT_REQUIRED', 'error', `no active rule requires the check "${expected.checkName}" on ${facts.defaultBranch}; ${describeLegacy(facts.legacyProtection, expected)}`, RULESET_FIX(expected));
}

// Legacy protection cannot make the guard required on every branch; it only explains the state.
function describeLegacy(legacy: RepositoryFacts['legacyProtection'], expected: DoctorExpectations): string {
  if (!legacy.known) return `legacy branch protection could not be read either (${legacy.reason})`;
  const value: LegacyProtection = legacy.value;
  if (value.state === 'absent-or-unreadable') return 'legacy branch protection answered 404: it is absent, or the token may not read it (that needs admin access)';
  const check = value.requiredChecks.find((c) => c.context === expected.checkName);
  return check ? `legacy branch protection requires it ${check.appId === undefined ? 'without an app id' : `from app ${check.appId}`}, on this branch only` : 'legacy branch protection does not require it';
}

function weakRequirement(r: Requirement, expected: DoctorExpectations): Finding {
  const by = describeRequirement(r);
  // 0 is what `ringfence init` writes until it is given --app-id: no App at all.
  if (r.appId === undefined || r.appId <= 0) return finding('GUARD_CHECK_WITHOUT_APP', 'error', `${by} requires "${expected.checkName}" without an app id: any App or workflow that posts a check of that name satisfies it, including one added by the pull request`, `set integration_id of "${expected.checkName}" to the guard App's id in that ruleset`);
  if (r.appId === GITHUB_ACTIONS_APP_ID) return finding('GUARD_CHECK_ACTIONS_APP', 'error', `${by} requires "${expected.checkName}" from GitHub Actions (app ${GITHUB_ACTIONS_APP_ID}): any workflow can post it, including one added by the pull request`, `set integration_id of "${expected.checkName}" to the guard App's id, not GitHub Actions'`);
  return finding('GUARD_CHECK_WRONG_APP', 'error', `${by} requires "${expected.checkName}" from app ${r.appId}, not the guard App ${expected.guardAppId ?? ''}`.trimEnd(), `set integration_id of "${expected.checkName}" to ${expected.guardAppId ?? "the guard App's id"}`);
}

function confirmApp(pinned: readonly Requirement[], expected: DoctorExpectations): Finding[] {
  if (expected.guardAppId !== undefined) return [];
  const ids = [...new Set(pinned.map((r) => r.appId))].join(', ');
  // Any App the attacker controls (one installed by a member, say) looks "pinned" without the id to compare: not ok.
  return [finding('GUARD_APP_UNCONFIRMED', 'error', `"${expected.checkName}" is required from app ${ids}; without --guard-app-id doctor cannot tell whether that is your guard App or another App that could post the check`, 're-run with --guard-app-id N (N: the App ID on the guard App\'s settings page)')];
}

// At least one ruleset that pins the guard App must cover every branch, so no base branch escapes.
function checkAllBranches(facts: RepositoryFacts, pinned: readonly Requirement[], expected: DoctorExpectations): Finding[] {
  if (!facts.rulesets.known) return [finding('RULESETS_UNREADABLE', 'error', `the rulesets could not be read, so doctor cannot tell which branches the guard is required on: ${facts.rulesets.reason}`, 'run doctor with a token that can read the repository\'s rulesets')];
  const rulesets = pinned.map((r) => facts.rulesets.known && facts.rulesets.value.find((s) => s.id === r.rulesetId)).filter((s): s is Ruleset => s !== undefined && s !== false);
  if (rulesets.some(targetsAllBranches)) return [];
  const described = rulesets.length > 0 ? rulesets.map((s) => `"${s.name}" (include ${JSON.stringify(s.includeRefs)}, exclude ${JSON.stringify(s.excludeRefs)})`).join(', ') : 'a ruleset doctor could not find in the ruleset list';
  return [finding('GUARD_RULESET_NOT_ALL_BRANCHES', 'error', `the guard is required by ${described}, not on every branch: a pull request into another branch is merged unguarded, and that branch merged later`, `target all branches: conditions.ref_name.include ["~ALL"], exclude []; ${RULESET_FIX(expected)}`)];
}

/** True for a ruleset whose ref condition is every branch with no exclusion. */
export function targetsAllBranches(ruleset: Ruleset): boolean {
  return ruleset.includeRefs.includes('~ALL') && ruleset.excludeRefs.length === 0;
}

function describeRequirement(r: Requirement): string {
  return r.rulesetId === undefined ? 'a rule' : `ruleset ${r.rulesetId}${r.source !== undefined ? ` (${r.source})` : ''}`;
}

/** The checks of a list that name `context`, for the ruleset rules below. */
export function checksNamed(checks: readonly RequiredCheck[], context: string): RequiredCheck[] {
  return checks.filter((c) => c.context === context);
}
