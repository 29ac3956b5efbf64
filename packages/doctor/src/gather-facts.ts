import { describeThrown, redactSecrets } from '@ringfence/core';
import type { Fact, OrganizationSettings, RepositoryFacts } from './facts.js';
import type { DoctorSource, RepositoryName } from './ports.js';

/**
 * Reads every fact about one repository through `source`. Each read that throws becomes an
 * unknown fact carrying the reason, so one refused endpoint never hides the others and never
 * passes for "fine". Only the repository itself must be readable (undefined: it was not, and
 * `reason` says why).
 */
export async function gatherFacts(source: DoctorSource, repo: RepositoryName, organizations: Map<string, Promise<Fact<OrganizationSettings>>> = new Map()): Promise<{ facts?: RepositoryFacts; reason?: string }> {
  const overview = await attempt(() => source.readRepository(repo));
  if (!overview.known) return { reason: overview.reason };
  const { defaultBranch, visibility, ownerIsOrganization } = overview.value;
  const [requiredChecksInForce, rulesets, legacyProtection, workflowToken, forkApproval, workflows] = await Promise.all([
    attempt(() => source.listRequiredChecksInForce(repo, defaultBranch)),
    attempt(() => source.listRulesets(repo)),
    attempt(() => source.readLegacyProtection(repo, defaultBranch)),
    attempt(() => source.readWorkflowTokenSettings(repo)),
    attempt(() => source.readForkApproval(repo, visibility)),
    attempt(() => source.listWorkflowFiles(repo, defaultBranch)),
  ]);
  const organization = ownerIsOrganization ? await organizationOf(source, repo.owner, organizations) : undefined;
  return { facts: { repository: `${repo.owner}/${repo.repo}`, defaultBranch, visibility, requiredChecksInForce, rulesets, legacyProtection, workflowToken, forkApproval, organization, workflows } };
}

// An organisation is read once per run, however many of its repositories are checked.
function organizationOf(source: DoctorSource, org: string, cache: Map<string, Promise<Fact<OrganizationSettings>>>): Promise<Fact<OrganizationSettings>> {
  const key = org.toLowerCase();
  let fact = cache.get(key);
  if (!fact) {
    fact = attempt(() => source.readOrganization(org));
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
