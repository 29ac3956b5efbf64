/**
 * Repository and organisation settings of the fake (handlers-settings.ts): rulesets in every
 * enforcement, legacy protection, Actions settings, organisations. The rules in force on a
 * branch are derived from the rulesets as GitHub does: active, branch-targeted, matching.
 */

/** A required check as a ruleset writes it; no `integration_id` means any source. */
export interface FakeStatusCheck {
  readonly context: string;
  readonly integration_id?: number;
}

export interface FakeBypassActor {
  readonly actor_id: number | null;
  readonly actor_type: 'Integration' | 'OrganizationAdmin' | 'RepositoryRole' | 'Team' | 'DeployKey' | 'User';
  readonly bypass_mode: 'always' | 'pull_request' | 'exempt';
}

export interface FakeRuleset {
  readonly id: number;
  readonly name: string;
  readonly target: 'branch' | 'tag' | 'push';
  readonly enforcement: 'active' | 'evaluate' | 'disabled';
  /** `Repository` (source owner/name) or `Organization` (source org). */
  readonly sourceType: 'Repository' | 'Organization';
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  /** 'hidden': GitHub leaves bypass_actors out for callers who may not edit the ruleset. */
  readonly bypassActors: readonly FakeBypassActor[] | 'hidden';
  readonly requiredChecks: readonly FakeStatusCheck[];
}

/** Settings of one repository; the defaults are the ones doctor wants. */
export interface FakeRepoSettings {
  owner: string;
  name: string;
  visibility: 'public' | 'private' | 'internal';
  ownerType: 'Organization' | 'User';
  archived: boolean;
  rulesets: FakeRuleset[];
  /** Legacy protection's required checks; undefined: none (404). */
  legacyChecks: { context: string; app_id: number | null }[] | undefined;
  defaultWorkflowPermissions: 'read' | 'write';
  canApprovePullRequestReviews: boolean;
  approvalPolicy: 'first_time_contributors_new_to_github' | 'first_time_contributors' | 'all_external_contributors';
  privateForks: { run_workflows_from_fork_pull_requests: boolean; send_write_tokens_to_workflows: boolean; send_secrets_and_variables: boolean; require_approval_for_fork_pr_workflows: boolean };
  /** The environments by name (the guard's is `ringfence-guard`); a missing one answers 404. */
  environments: Map<string, FakeEnvironment>;
  /** Names of the repository's Actions secrets. */
  secretNames: string[];
}

/** An environment's deployment branches (spec: environment, deployment-branch-policy). */
export interface FakeEnvironment {
  /** null: every branch may deploy. */
  deploymentBranchPolicy: { protected_branches: boolean; custom_branch_policies: boolean } | null;
  branchPolicies: { name: string; type: 'branch' | 'tag' }[];
}

/** The guard environment as `ringfence init` sets it up: only `branch` may deploy. */
export function guardEnvironment(branch = 'main'): FakeEnvironment {
  return { deploymentBranchPolicy: { protected_branches: false, custom_branch_policies: true }, branchPolicies: [{ name: branch, type: 'branch' }] };
}

export interface FakeOrganization {
  readonly login: string;
  readonly id: number;
  /** 'hidden': the caller is not an owner, GitHub leaves the field out. */
  baseRepositoryPermission: 'read' | 'write' | 'admin' | 'none' | 'hidden';
  /** The organisation's Actions secrets and which repositories may read each. */
  secrets: FakeOrganizationSecret[];
  /** The caller is not an organisation admin: the organisation's own secret list answers 403. */
  secretsHidden: boolean;
}

/**
 * An organisation secret: `all` repositories read it, `private` the private and internal
 * ones, `selected` those named in `repositories` (by name, as the fake keys repositories).
 */
export interface FakeOrganizationSecret {
  name: string;
  visibility: 'all' | 'private' | 'selected';
  repositories?: string[];
}

/** All settings the fake knows, by `owner/name` and organisation login (case-insensitive). */
export class FakeSettings {
  readonly repos = new Map<string, FakeRepoSettings>();
  readonly organizations = new Map<string, FakeOrganization>();

  /** The settings of a repository, created with doctor's wanted defaults on first use. */
  repo(owner: string, name: string): FakeRepoSettings {
    const key = `${owner}/${name}`.toLowerCase();
    let settings = this.repos.get(key);
    if (!settings) {
      settings = {
        owner,
        name,
        visibility: 'public',
        ownerType: this.organizations.has(owner.toLowerCase()) ? 'Organization' : 'User',
        archived: false,
        rulesets: [],
        legacyChecks: undefined,
        defaultWorkflowPermissions: 'read',
        canApprovePullRequestReviews: false,
        approvalPolicy: 'all_external_contributors',
        privateForks: { run_workflows_from_fork_pull_requests: true, send_write_tokens_to_workflows: false, send_secrets_and_variables: false, require_approval_for_fork_pr_workflows: true },
        environments: new Map([['ringfence-guard', guardEnvironment()]]),
        secretNames: [],
      };
      this.repos.set(key, settings);
    }
    return settings;
  }

  organization(login: string, baseRepositoryPermission: FakeOrganization['baseRepositoryPermission'] = 'read'): FakeOrganization {
    const org: FakeOrganization = { login, id: 9000 + this.organizations.size, baseRepositoryPermission, secrets: [], secretsHidden: false };
    this.organizations.set(login.toLowerCase(), org);
    return org;
  }

  find(owner: string, name: string): FakeRepoSettings | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  /** Rules GitHub reports in force on `branch`: from active branch rulesets whose conditions match. */
  rulesInForce(settings: FakeRepoSettings, branch: string, defaultBranch: string): Record<string, unknown>[] {
    return settings.rulesets
      .filter((s) => s.enforcement === 'active' && s.target === 'branch' && matchesBranch(s, branch, defaultBranch))
      .filter((s) => s.requiredChecks.length > 0)
      .map((s) => ({
        type: 'required_status_checks',
        ruleset_source_type: s.sourceType,
        ruleset_source: sourceOf(settings, s),
        ruleset_id: s.id,
        parameters: { strict_required_status_checks_policy: true, required_status_checks: s.requiredChecks },
      }));
  }
}

/** The ruleset's source as GitHub names it: `owner/name` or the organisation. */
export function sourceOf(settings: FakeRepoSettings, ruleset: FakeRuleset): string {
  return ruleset.sourceType === 'Organization' ? settings.owner : `${settings.owner}/${settings.name}`;
}

// Only the condition forms the fake's scenarios use: ~ALL, ~DEFAULT_BRANCH and exact refs.
function matchesBranch(ruleset: FakeRuleset, branch: string, defaultBranch: string): boolean {
  const matches = (pattern: string) => pattern === '~ALL' || (pattern === '~DEFAULT_BRANCH' && branch === defaultBranch) || pattern === `refs/heads/${branch}`;
  return ruleset.include.some(matches) && !ruleset.exclude.some(matches);
}
