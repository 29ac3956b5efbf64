import { errorBody } from './bodies.js';
import { appHandlers } from './handlers-apps.js';
import { repoHandlers } from './handlers-repos.js';
import { exampleOf } from './openapi.js';
import type { FakeRequest, FakeResponse, Handler } from './router.js';
import { page } from './router.js';
import type { Scenario } from './scenario.js';
import type { FakeRepoSettings, FakeRuleset } from './settings-model.js';
import { sourceOf } from './settings-model.js';

/*
 * What `ringfence doctor` reads (spec: repos/get-repo-rulesets, repos/get-repo-ruleset,
 * repos/get-branch-protection, repos/get-branch-rules, repos/get, actions/*-permissions, orgs/get,
 * repos/list-for-org). Bodies start from GitHub's documented examples, like every body of
 * the fake. A repository without settings answers as before (repository and rules handlers).
 */
type Json = Record<string, unknown>;
const notFound: FakeResponse = { status: 404, body: errorBody('Not Found') };
const ex = (method: string, path: string, status = 200): Json => exampleOf(method, path, status) as Json;

function settingsOf(request: FakeRequest, scenario: Scenario): FakeRepoSettings | undefined {
  return scenario.settings.find(request.params['owner']!, request.params['repo']!);
}

function defaultBranchOf(scenario: Scenario, settings: FakeRepoSettings): string {
  return scenario.apps.defaultBranches.get(`${settings.owner}/${settings.name}`.toLowerCase()) ?? 'main';
}

// Answers with the settings, or with the handler that served this route before doctor's.
function withSettings(fallback: Handler | undefined, fn: (settings: FakeRepoSettings, request: FakeRequest, scenario: Scenario) => FakeResponse): Handler['fn'] {
  return (request, scenario) => {
    const settings = settingsOf(request, scenario);
    if (settings) return fn(settings, request, scenario);
    return fallback ? fallback.fn(request, scenario) : notFound;
  };
}

const omit = (value: Json, key: string): Json => Object.fromEntries(Object.entries(value).filter(([name]) => name !== key));
const previous = (handlers: readonly Handler[], path: string) => handlers.find((h) => h.method === 'GET' && h.path === path);

/** GET …/rulesets/{ruleset_id}; spec: repos/get-repo-ruleset. */
function rulesetBody(settings: FakeRepoSettings, s: FakeRuleset): Json {
  const body = ex('GET', '/repos/{owner}/{repo}/rulesets/{ruleset_id}');
  const rest = omit(body, 'bypass_actors');
  return {
    ...rest,
    id: s.id,
    name: s.name,
    target: s.target,
    source_type: s.sourceType,
    source: sourceOf(settings, s),
    enforcement: s.enforcement,
    ...(s.bypassActors === 'hidden' ? {} : { bypass_actors: s.bypassActors }),
    conditions: { ref_name: { include: s.include, exclude: s.exclude } },
    rules: s.requiredChecks.length > 0 ? [{ type: 'required_status_checks', parameters: { strict_required_status_checks_policy: true, required_status_checks: s.requiredChecks } }] : [],
  };
}

/** One item of GET …/rulesets; spec: repos/get-repo-rulesets (summaries, no rules). */
function rulesetItemBody(settings: FakeRepoSettings, s: FakeRuleset): Json {
  const [item] = ex('GET', '/repos/{owner}/{repo}/rulesets') as unknown as Json[];
  return { ...item, id: s.id, name: s.name, target: s.target, source_type: s.sourceType, source: sourceOf(settings, s), enforcement: s.enforcement };
}

export const settingsHandlers: readonly Handler[] = [
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}',
    fn: withSettings(previous(appHandlers, '/repos/{owner}/{repo}'), (settings, request, scenario) => {
      const answer = previous(appHandlers, '/repos/{owner}/{repo}')!.fn(request, scenario);
      if (answer.status !== 200) return answer;
      const body = answer.body as Json;
      return { ...answer, body: { ...body, owner: { ...(body['owner'] as Json), type: settings.ownerType }, visibility: settings.visibility, private: settings.visibility !== 'public', archived: settings.archived } };
    }),
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/rules/branches/{branch}',
    fn: withSettings(previous(repoHandlers, '/repos/{owner}/{repo}/rules/branches/{branch}'), (settings, request, scenario) => page(request, scenario.settings.rulesInForce(settings, request.params['branch']!, defaultBranchOf(scenario, settings)))),
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/rulesets',
    fn: withSettings(undefined, (settings, request) => page(request, settings.rulesets, (s) => rulesetItemBody(settings, s))),
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/rulesets/{ruleset_id}',
    fn: withSettings(undefined, (settings, request) => {
      const ruleset = settings.rulesets.find((s) => String(s.id) === request.params['ruleset_id']);
      return ruleset ? { status: 200, body: rulesetBody(settings, ruleset) } : notFound;
    }),
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/branches/{branch}/protection',
    fn: withSettings(undefined, (settings) => {
      if (!settings.legacyChecks) return { status: 404, body: errorBody('Branch not protected') };
      const body = ex('GET', '/repos/{owner}/{repo}/branches/{branch}/protection');
      const checks = body['required_status_checks'] as Json;
      return { status: 200, body: { ...body, required_status_checks: { ...checks, contexts: settings.legacyChecks.map((c) => c.context), checks: settings.legacyChecks } } };
    }),
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/actions/permissions/workflow',
    fn: withSettings(undefined, (settings) => ({ status: 200, body: { ...ex('GET', '/repos/{owner}/{repo}/actions/permissions/workflow'), default_workflow_permissions: settings.defaultWorkflowPermissions, can_approve_pull_request_reviews: settings.canApprovePullRequestReviews } })),
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/actions/permissions/fork-pr-contributor-approval',
    fn: withSettings(undefined, (settings) => ({ status: 200, body: { ...ex('GET', '/repos/{owner}/{repo}/actions/permissions/fork-pr-contributor-approval'), approval_policy: settings.approvalPolicy } })),
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/actions/permissions/fork-pr-workflows-private-repos',
    fn: withSettings(undefined, (settings) => (settings.visibility === 'public' ? notFound : { status: 200, body: { ...ex('GET', '/repos/{owner}/{repo}/actions/permissions/fork-pr-workflows-private-repos'), ...settings.privateForks } })),
  },
  {
    method: 'GET',
    path: '/orgs/{org}',
    fn: (request, scenario) => {
      const org = scenario.settings.organizations.get(request.params['org']!.toLowerCase());
      if (!org) return notFound;
      const rest = omit(ex('GET', '/orgs/{org}'), 'default_repository_permission');
      // The documented example omits `archived_at`, which its own schema requires.
      return { status: 200, body: { ...rest, archived_at: null, login: org.login, id: org.id, ...(org.baseRepositoryPermission === 'hidden' ? {} : { default_repository_permission: org.baseRepositoryPermission }) } };
    },
  },
  {
    method: 'GET',
    path: '/orgs/{org}/repos',
    fn: (request, scenario) => {
      const login = request.params['org']!.toLowerCase();
      if (!scenario.settings.organizations.has(login)) return notFound;
      const repos = [...scenario.repos.values()].filter((r) => r.owner.toLowerCase() === login).sort((a, b) => a.fullName.localeCompare(b.fullName));
      const [item] = ex('GET', '/orgs/{org}/repos') as unknown as Json[];
      return page(request, repos, (r) => ({ ...item, id: r.id, name: r.name, full_name: r.fullName, owner: { ...(item!['owner'] as Json), login: r.owner, type: 'Organization' }, archived: scenario.settings.find(r.owner, r.name)?.archived ?? false }));
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/environments/{environment_name}',
    fn: withSettings(undefined, (settings, request) => {
      const name = request.params['environment_name']!;
      const environment = settings.environments.get(name);
      if (!environment) return notFound;
      return { status: 200, body: { ...ex('GET', '/repos/{owner}/{repo}/environments/{environment_name}'), name, deployment_branch_policy: environment.deploymentBranchPolicy } };
    }),
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies',
    fn: withSettings(undefined, (settings, request) => {
      const environment = settings.environments.get(request.params['environment_name']!);
      if (!environment) return notFound;
      const [item] = ex('GET', '/repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies')['branch_policies'] as Json[];
      return counted(page(request, environment.branchPolicies.map((p, i) => ({ ...item, id: 361000 + i, name: p.name, type: p.type }))), environment.branchPolicies.length, 'branch_policies');
    }),
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/actions/secrets',
    fn: withSettings(undefined, (settings, request) => secretList(request, settings.secretNames)),
  },
  {
    method: 'GET',
    path: '/orgs/{org}/actions/secrets',
    fn: (request, scenario) => {
      const org = scenario.settings.organizations.get(request.params['org']!.toLowerCase());
      if (!org) return notFound;
      // GitHub answers this list only to organisation admins.
      if (org.secretsHidden) return { status: 403, body: errorBody('Resource not accessible by integration') };
      const [item] = ex('GET', '/orgs/{org}/actions/secrets')['secrets'] as Json[];
      const items = org.secrets.map((secret) => ({ ...item, name: secret.name, visibility: secret.visibility, ...(secret.visibility === 'selected' && { selected_repositories_url: `https://api.github.com/orgs/${org.login}/actions/secrets/${secret.name}/repositories` }) }));
      return counted(page(request, items), items.length, 'secrets');
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/actions/organization-secrets',
    fn: withSettings(undefined, (settings, request, scenario) => {
      const org = scenario.settings.organizations.get(settings.owner.toLowerCase());
      const shared = (org?.secrets ?? []).filter((secret) => secret.visibility === 'all' || (secret.visibility === 'private' ? settings.visibility !== 'public' : (secret.repositories ?? []).includes(settings.name)));
      return secretList(request, shared.map((secret) => secret.name));
    }),
  },
];

/** A `{ total_count, <key> }` page: GitHub counts every item, the page holds some. */
function counted(listed: FakeResponse, total: number, key: string): FakeResponse {
  return { ...listed, body: { total_count: total, [key]: listed.body } };
}

// Spec: actions/list-repo-secrets and actions/list-repo-organization-secrets (the same items).
function secretList(request: FakeRequest, names: readonly string[]): FakeResponse {
  const [item] = ex('GET', '/repos/{owner}/{repo}/actions/secrets')['secrets'] as Json[];
  return counted(page(request, names.map((name) => ({ ...item, name }))), names.length, 'secrets');
}
