import type { GuardEnvironment, RepositoryFacts } from './facts.js';
import { finding } from './finding.js';
import type { Finding } from './finding.js';
import { GUARD_ENVIRONMENT, GUARD_KEY_SECRET } from './guard-names.js';

const KEEP_IN_ENVIRONMENT = `keep the guard App's key only as the secret ${GUARD_KEY_SECRET} of the environment ${GUARD_ENVIRONMENT}`;
const LIMIT_FIX = `Settings > Environments > ${GUARD_ENVIRONMENT} > Deployment branches: "Selected branches", one rule of type branch naming the default branch (the API: deployment_branch_policy { protected_branches: false, custom_branch_policies: true })`;

/**
 * Where the guard App's key is kept. Whoever reads it posts guard verdicts, so it must be an
 * environment secret of an environment only the default branch deploys to. A repository
 * secret of that name, or an organisation secret shared with the repository, is readable by
 * a workflow pushed to any branch; an organisation secret shared only with other
 * repositories is readable by theirs, and the key mints tokens for every installation of
 * the App, this repository's included.
 */
export function checkGuardKeyStorage(facts: RepositoryFacts): Finding[] {
  return [...checkRepositorySecret(facts), ...checkOrganizationSecret(facts), ...checkEnvironment(facts)];
}

function checkRepositorySecret(facts: RepositoryFacts): Finding[] {
  const names = facts.repositorySecretNames;
  if (!names.known) return [finding('GUARD_KEY_SECRETS_UNREADABLE', 'error', `the repository's Actions secret names could not be read, so doctor cannot tell whether ${GUARD_KEY_SECRET} is a repository secret: ${names.reason}`, 'run doctor with a token that can read the repository\'s secrets (repository admin, or secrets: read)')];
  if (!names.value.some(isKeySecret)) return [];
  return [finding('GUARD_KEY_REPOSITORY_SECRET', 'error', `${GUARD_KEY_SECRET} is a repository secret of ${facts.repository}: a workflow pushed to any branch can read the guard App's key and post verdicts of its own`, `delete the repository secret (gh secret delete ${GUARD_KEY_SECRET} --repo ${facts.repository}) and ${KEEP_IN_ENVIRONMENT}`)];
}

// Two reads: the secrets shared with this repository (its own access suffices, so an
// unreadable list is an error), and all the organisation's (an admin's read, so an
// unreadable list is a warning to check by hand).
function checkOrganizationSecret(facts: RepositoryFacts): Finding[] {
  const shared = facts.sharedOrganizationSecretNames;
  const all = facts.organizationSecretNames;
  if (shared === undefined || all === undefined) return [];
  const org = facts.repository.split('/')[0]!;
  const fix = `delete the organisation secret (gh secret delete ${GUARD_KEY_SECRET} --org ${org}); narrowing the repositories it is shared with is not enough, since the key mints tokens for every installation of the App. ${KEEP_IN_ENVIRONMENT} of each repository`;
  const found: Finding[] = [];
  if (!shared.known) found.push(finding('GUARD_KEY_SHARED_SECRETS_UNREADABLE', 'error', `the names of the organisation secrets shared with ${facts.repository} could not be read, so doctor cannot tell whether ${GUARD_KEY_SECRET} is one of them: ${shared.reason}`, 'run doctor with a token that can read the repository\'s secrets (repository admin, or secrets: read)'));
  else if (shared.value.some(isKeySecret)) return [finding('GUARD_KEY_ORG_SECRET', 'error', `${GUARD_KEY_SECRET} is an organisation secret of ${org} shared with ${facts.repository}: a workflow pushed to any branch of it can read the guard App's key and post verdicts of its own`, fix)];
  if (!all.known) return [...found, finding('GUARD_KEY_ORG_SECRETS_UNREADABLE', 'warning', `the organisation's Actions secret names could not be read, so doctor could not check whether ${GUARD_KEY_SECRET} is an organisation secret shared with other repositories: ${all.reason}`, `run doctor as an organisation admin, or check Organization settings > Secrets and variables > Actions for ${GUARD_KEY_SECRET}`)];
  if (all.value.some(isKeySecret)) found.push(finding('GUARD_KEY_ORG_SECRET', 'error', `${GUARD_KEY_SECRET} is an organisation secret of ${org}: the workflows of the repositories it is shared with, on any branch, can read the guard App's key, and it mints tokens for every installation of the App, ${facts.repository}'s included`, fix));
  return found;
}

function checkEnvironment(facts: RepositoryFacts): Finding[] {
  const environment = facts.guardEnvironment;
  if (!environment.known) return [finding('GUARD_ENVIRONMENT_UNREADABLE', 'error', `the environment ${GUARD_ENVIRONMENT} or its deployment branches could not be read: ${environment.reason}`, `run doctor with a token that can read the repository's environments; ${LIMIT_FIX}`)];
  if (environment.value === undefined) return [finding('GUARD_ENVIRONMENT_MISSING', 'error', `the environment ${GUARD_ENVIRONMENT} does not exist: GitHub creates it unprotected when a workflow first names it, so any branch can deploy to it`, `create it (ringfence init prints the commands), ${LIMIT_FIX}, and store ${GUARD_KEY_SECRET} there`)];
  const problem = describeBranchProblem(environment.value, facts.defaultBranch);
  if (problem === undefined) return [];
  return [finding('GUARD_ENVIRONMENT_NOT_DEFAULT_BRANCH', 'error', `the environment ${GUARD_ENVIRONMENT} ${problem}: a workflow on another branch can run in it and read ${GUARD_KEY_SECRET}`, LIMIT_FIX)];
}

/** What is wrong with the environment's deployment branches; undefined when only the default branch may deploy. */
function describeBranchProblem(environment: GuardEnvironment, defaultBranch: string): string | undefined {
  const policy = environment.branchPolicy;
  if (policy === null) return 'lets every branch deploy (no deployment branch policy)';
  if (policy.protectedBranches) return 'lets every protected branch deploy, not only the default branch';
  if (!policy.customBranchPolicies) return 'has no custom deployment branch policy';
  const rules = environment.customPolicies;
  const only = rules.length === 1 && rules[0]!.type === 'branch' && rules[0]!.name === defaultBranch;
  if (only) return undefined;
  const listed = rules.length === 0 ? 'no branch at all' : rules.map((r) => `${r.type} ${JSON.stringify(r.name)}`).join(', ');
  return `lets ${listed} deploy, where exactly the default branch (branch "${defaultBranch}") is wanted`;
}

// Secret names are stored upper-case by GitHub; compare without case to be safe.
function isKeySecret(name: string): boolean {
  return name.toUpperCase() === GUARD_KEY_SECRET;
}
