import { describeThrown, redactSecrets } from '@ringfence/core';
import type { Fact, LocalActionFile, OrganizationSettings, RepositoryFacts, WorkflowFile } from './facts.js';
import { GUARD_ENVIRONMENT } from './guard-names.js';
import type { DoctorSource, RepositoryName } from './ports.js';
import { MAX_LOCAL_ACTIONS, localActionsOfAction, localActionsOfWorkflows } from './workflows/local-uses.js';

/**
 * Reads every fact about one repository through `source`. Each read that throws becomes an
 * unknown fact carrying the reason, so one refused endpoint never hides the others and never
 * passes for "fine". Only the repository itself must be readable (undefined: it was not, and
 * `reason` says why).
 */
export async function gatherFacts(source: DoctorSource, repo: RepositoryName, organizations: OrganizationCache = organizationCache()): Promise<{ facts?: RepositoryFacts; reason?: string }> {
  const overview = await attempt(() => source.readRepository(repo));
  if (!overview.known) return { reason: overview.reason };
  const { defaultBranch, visibility, ownerIsOrganization } = overview.value;
  const [requiredChecksInForce, rulesets, legacyProtection, workflowToken, forkApproval, workflows, guardEnvironment, repositorySecretNames, sharedOrganizationSecretNames] = await Promise.all([
    attempt(() => source.listRequiredChecksInForce(repo, defaultBranch)),
    attempt(() => source.listRulesets(repo)),
    attempt(() => source.readLegacyProtection(repo, defaultBranch)),
    attempt(() => source.readWorkflowTokenSettings(repo)),
    attempt(() => source.readForkApproval(repo, visibility)),
    attempt(() => source.listWorkflowFiles(repo, defaultBranch)),
    attempt(() => source.readEnvironment(repo, GUARD_ENVIRONMENT)),
    attempt(() => source.listRepositorySecretNames(repo)),
    ownerIsOrganization ? attempt(() => source.listSharedOrganizationSecretNames(repo)) : undefined,
  ]);
  const localActions: Fact<readonly LocalActionFile[]> = workflows.known ? await attempt(() => readLocalActions(source, repo, defaultBranch, workflows.value)) : { known: false, reason: 'the workflow files could not be read' };
  const organization = ownerIsOrganization ? await cached(organizations.settings, repo.owner, () => source.readOrganization(repo.owner)) : undefined;
  const organizationSecretNames = ownerIsOrganization ? await cached(organizations.secretNames, repo.owner, () => source.listOrganizationSecretNames(repo.owner)) : undefined;
  return { facts: { repository: `${repo.owner}/${repo.repo}`, defaultBranch, visibility, requiredChecksInForce, rulesets, legacyProtection, workflowToken, forkApproval, organization, workflows, localActions, guardEnvironment, repositorySecretNames, sharedOrganizationSecretNames, organizationSecretNames } };
}

// The local actions the workflows use, then those their composite steps use, round by round
// until no new directory turns up. Past MAX_LOCAL_ACTIONS it stops with an error: a check of
// only some of them would pass what it never read.
async function readLocalActions(source: DoctorSource, repo: RepositoryName, branch: string, workflows: readonly WorkflowFile[]): Promise<LocalActionFile[]> {
  const read = new Map<string, LocalActionFile>();
  let next = localActionsOfWorkflows(workflows);
  while (next.length > 0) {
    if (read.size + next.length > MAX_LOCAL_ACTIONS) throw new Error(`the workflows use more than ${MAX_LOCAL_ACTIONS} local actions; doctor reads at most that many`);
    const actions = await source.readLocalActions(repo, branch, next);
    for (const action of actions) read.set(action.directory, action);
    // Defense in depth: a directory the source did not answer for is not known to be empty.
    const missing = next.filter((directory) => !read.has(directory));
    if (missing.length > 0) throw new Error(`no answer for the local actions ${missing.join(', ')}`);
    next = [...new Set(actions.flatMap(localActionsOfAction))].filter((directory) => !read.has(directory));
  }
  return [...read.values()];
}

/** What is read once per organisation per run, however many of its repositories are checked. */
export interface OrganizationCache {
  readonly settings: Map<string, Promise<Fact<OrganizationSettings>>>;
  readonly secretNames: Map<string, Promise<Fact<readonly string[]>>>;
}

/** An empty cache, for one run. */
export function organizationCache(): OrganizationCache {
  return { settings: new Map(), secretNames: new Map() };
}

function cached<T>(cache: Map<string, Promise<Fact<T>>>, org: string, read: () => Promise<T>): Promise<Fact<T>> {
  const key = org.toLowerCase();
  let fact = cache.get(key);
  if (!fact) {
    fact = attempt(read);
    cache.set(key, fact);
  }
  return fact;
}

async function attempt<T>(read: () => Promise<T>): Promise<Fact<T>> {
  try {
    return { known: true, value: await read() };
  } catch (thrown) {
    return { known: false, reason: redactSecrets(describeThrown(thrown)) };
  }
}
