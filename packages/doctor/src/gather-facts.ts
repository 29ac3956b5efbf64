import { describeThrown, redactSecrets } from '@ringfence/core';
import type { Fact, OrganizationSettings, RepositoryFacts } from './facts.js';
import { GUARD_ENVIRONMENT } from './guard-names.js';
import type { DoctorSource, RepositoryName } from './ports.js';

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
  const organization = ownerIsOrganization ? await cached(organizations.settings, repo.owner, () => source.readOrganization(repo.owner)) : undefined;
  return { facts: { repository: `${repo.owner}/${repo.repo}`, defaultBranch, visibility, requiredChecksInForce, rulesets, legacyProtection, workflowToken, forkApproval, organization, workflows, guardEnvironment, repositorySecretNames, sharedOrganizationSecretNames } };
}

/** What is read once per organisation per run, however many of its repositories are checked. */
export interface OrganizationCache {
  readonly settings: Map<string, Promise<Fact<OrganizationSettings>>>;
}

/** An empty cache, for one run. */
export function organizationCache(): OrganizationCache {
  return { settings: new Map() };
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
