import type { ForkApproval, GuardEnvironment, LegacyProtection, LocalActionFile, OrganizationSettings, RequiredChecksInForce, Ruleset, WorkflowFile, WorkflowTokenSettings } from './facts.js';

/** A repository by owner and name. */
export interface RepositoryName {
  readonly owner: string;
  readonly repo: string;
}

/** What doctor needs to know first: where to look and who owns the repository. */
export interface RepositoryOverview {
  readonly defaultBranch: string;
  /** `public`, `private` or `internal`. */
  readonly visibility: string;
  readonly ownerIsOrganization: boolean;
}

/**
 * The reads doctor makes, one function each, implemented by the GitHub adapter. Any of them
 * may throw; gatherFacts turns a throw into an unknown fact with its message.
 */
export interface DoctorSource {
  readRepository(repo: RepositoryName): Promise<RepositoryOverview>;
  listRequiredChecksInForce(repo: RepositoryName, branch: string): Promise<RequiredChecksInForce[]>;
  /** Rulesets of the repository and above it, in every enforcement, with their details. */
  listRulesets(repo: RepositoryName): Promise<Ruleset[]>;
  readLegacyProtection(repo: RepositoryName, branch: string): Promise<LegacyProtection>;
  readWorkflowTokenSettings(repo: RepositoryName): Promise<WorkflowTokenSettings>;
  readForkApproval(repo: RepositoryName, visibility: string): Promise<ForkApproval>;
  readOrganization(org: string): Promise<OrganizationSettings>;
  listWorkflowFiles(repo: RepositoryName, branch: string): Promise<WorkflowFile[]>;
  /** The metadata files of local actions (repository-relative directories) at the branch's tip. */
  readLocalActions(repo: RepositoryName, branch: string, directories: readonly string[]): Promise<LocalActionFile[]>;
  /** An environment's deployment branch settings; undefined when it does not exist. */
  readEnvironment(repo: RepositoryName, name: string): Promise<GuardEnvironment | undefined>;
  /** The names of the repository's Actions secrets. */
  listRepositorySecretNames(repo: RepositoryName): Promise<string[]>;
  /** The names of the organisation's Actions secrets that the repository's workflows can read. */
  listSharedOrganizationSecretNames(repo: RepositoryName): Promise<string[]>;
  /** The names of all the organisation's Actions secrets (needs organisation admin). */
  listOrganizationSecretNames(org: string): Promise<string[]>;
}
