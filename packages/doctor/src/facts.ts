/**
 * What doctor reads about a repository, as plain values. Every fact read through the API is
 * a `Fact`: either known, or unknown with the reason (an HTTP status, a missing permission),
 * so a rule can say what could not be established instead of assuming it is fine.
 */
export type Fact<T> = { readonly known: true; readonly value: T } | { readonly known: false; readonly reason: string };

/** A check a rule requires: `integration_id` in rulesets, `app_id` in legacy protection. */
export interface RequiredCheck {
  readonly context: string;
  /** The App the check must come from; undefined means any App or workflow may post it. */
  readonly appId: number | undefined;
}

/** A `required_status_checks` rule in force on the default branch (rules/branches/{branch}). */
export interface RequiredChecksInForce {
  readonly rulesetId: number | undefined;
  /** Where the ruleset lives, e.g. `acme/app` or `acme` (its owner type when GitHub gives no name). */
  readonly source: string | undefined;
  readonly checks: readonly RequiredCheck[];
}

/** Who may skip a ruleset (spec: repository-ruleset-bypass-actor). */
export interface BypassActor {
  readonly actorType: string;
  readonly actorId: number | undefined;
  /** `always`, `pull_request` or `exempt`. */
  readonly mode: string;
}

/** A ruleset of the repository or above it, in any enforcement (rulesets/{id}). */
export interface Ruleset {
  readonly id: number;
  readonly name: string;
  /** `branch`, `tag`, `push` or `repository`; undefined when GitHub leaves it out. */
  readonly target: string | undefined;
  /** `active`, `evaluate` or `disabled`. */
  readonly enforcement: string;
  readonly sourceType: string | undefined;
  readonly source: string;
  readonly includeRefs: readonly string[];
  readonly excludeRefs: readonly string[];
  /** Undefined when GitHub did not answer them (only shown to callers who may edit the ruleset). */
  readonly bypassActors: readonly BypassActor[] | undefined;
  readonly requiredChecks: readonly RequiredCheck[];
}

/**
 * Legacy branch protection: GitHub answers 404 both when there is none and when the token may
 * not read it, so "absent" is never claimed.
 */
export type LegacyProtection = { readonly state: 'present'; readonly requiredChecks: readonly RequiredCheck[] } | { readonly state: 'absent-or-unreadable' };

/** actions/permissions/workflow: the default GITHUB_TOKEN and whether Actions may approve. */
export interface WorkflowTokenSettings {
  /** `read` or `write`. */
  readonly defaultPermissions: string;
  readonly canApprovePullRequestReviews: boolean;
}

/** Whether workflow runs from forks wait for a maintainer's approval. */
export type ForkApproval =
  | { readonly kind: 'public'; readonly approvalPolicy: string }
  | { readonly kind: 'private'; readonly runWorkflows: boolean; readonly requireApproval: boolean; readonly sendWriteTokens: boolean; readonly sendSecrets: boolean };

/** The organisation's base permission; undefined when GitHub withheld it (only owners see it). */
export interface OrganizationSettings {
  readonly login: string;
  readonly baseRepositoryPermission: string | undefined;
}

/** A workflow file at the default branch's tip. */
export interface WorkflowFile {
  readonly path: string;
  readonly text: string;
}

/**
 * A local action (`uses: ./dir`) at the default branch's tip: its metadata file, or only the
 * directory and why it has none doctor can read (a workflow would then run whatever a
 * checkout put in that place, or what a link points at).
 */
export interface LocalActionFile {
  /** Repository-relative, without `./` or a trailing slash. */
  readonly directory: string;
  /** The metadata file (`action.yml`, else `action.yaml`) and its text, when it is a regular file. */
  readonly path?: string;
  readonly text?: string;
  /** Why there is no `path`, e.g. "the directory does not exist", "a symbolic link". */
  readonly missing?: string;
}

/** A custom deployment branch policy of an environment (spec: deployment-branch-policy). */
export interface DeploymentBranchPolicy {
  readonly name: string;
  /** `branch` or `tag`. */
  readonly type: string;
}

/**
 * The guard environment's deployment branches (spec: environment). `branchPolicy` is null
 * when any branch may deploy; `customBranchPolicies` lists the named patterns.
 */
export interface GuardEnvironment {
  readonly branchPolicy: { readonly protectedBranches: boolean; readonly customBranchPolicies: boolean } | null;
  /** The custom patterns; empty unless `customBranchPolicies`. */
  readonly customPolicies: readonly DeploymentBranchPolicy[];
}

/** Everything doctor judges one repository by. */
export interface RepositoryFacts {
  /** `owner/name`. */
  readonly repository: string;
  readonly defaultBranch: string;
  readonly visibility: string;
  readonly requiredChecksInForce: Fact<readonly RequiredChecksInForce[]>;
  readonly rulesets: Fact<readonly Ruleset[]>;
  readonly legacyProtection: Fact<LegacyProtection>;
  readonly workflowToken: Fact<WorkflowTokenSettings>;
  readonly forkApproval: Fact<ForkApproval>;
  /** Undefined for a repository owned by a user (no organisation base permission). */
  readonly organization: Fact<OrganizationSettings> | undefined;
  readonly workflows: Fact<readonly WorkflowFile[]>;
  /** The local actions the workflows use (and those they use in turn), read from the same branch. */
  readonly localActions: Fact<readonly LocalActionFile[]>;
  /** The environment GUARD_ENVIRONMENT; undefined value: it does not exist (404). */
  readonly guardEnvironment: Fact<GuardEnvironment | undefined>;
  /** Names of the repository's Actions secrets (never values). */
  readonly repositorySecretNames: Fact<readonly string[]>;
  /** Names of the organisation's Actions secrets shared with this repository; undefined for a user-owned repository. */
  readonly sharedOrganizationSecretNames: Fact<readonly string[]> | undefined;
  /** Names of all the organisation's Actions secrets (an admin's read); undefined for a user-owned repository. */
  readonly organizationSecretNames: Fact<readonly string[]> | undefined;
}

/** What doctor was told to expect. */
export interface DoctorExpectations {
  /** The required check's name (`ringfence init` prints it). */
  readonly checkName: string;
  /** The guard App's id; undefined: doctor only refuses no id and the Actions App's id. */
  readonly guardAppId: number | undefined;
}
