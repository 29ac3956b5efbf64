import { JWT_MESSAGES } from './apps-model.js';
import type { FakeInstallation, FakeInstallationToken } from './apps-model.js';
import { errorBody } from './bodies.js';
import { exampleOf } from './openapi.js';
import type { FakeRequest, FakeResponse, Handler } from './router.js';
import type { FakeRepo, Scenario } from './scenario.js';

/*
 * The App endpoints (spec: apps/*, repos/get): installation lookups and token creation
 * authenticated by the App's JWT, revocation and repository reads by the tokens the fake
 * issued. Bodies start from GitHub's documented examples, like every body of the fake.
 */
type Json = Record<string, unknown>;
const notFound: FakeResponse = { status: 404, body: errorBody('Not Found') };

// 401 with the fake's Date, so a client can correct its clock from it as from GitHub's.
function unauthorized(scenario: Scenario, message: string): FakeResponse {
  return { status: 401, body: errorBody(message), headers: { date: scenario.apps.dateHeader() } };
}

function withJwt(fn: (request: FakeRequest, scenario: Scenario) => FakeResponse): Handler['fn'] {
  return (request, scenario) => {
    const refusal = scenario.apps.refuseJwt(request.authorization);
    return refusal === undefined ? fn(request, scenario) : unauthorized(scenario, refusal);
  };
}

/** GET …/installation; spec: apps/get-repo-installation (same body for orgs and users). */
export function installationBody(scenario: Scenario, installation: FakeInstallation): Json {
  const body = exampleOf('GET', '/repos/{owner}/{repo}/installation', 200) as Json;
  const app = scenario.apps.app!;
  const { login, id, type } = installation.account;
  return {
    ...body,
    id: installation.id,
    account: { ...(body['account'] as Json), login, id, type, url: `https://api.github.com/users/${login}`, html_url: `https://github.com/${login}` },
    app_id: app.id,
    client_id: app.clientId,
    app_slug: app.slug,
    target_id: id,
    target_type: type,
    permissions: installation.permissions,
    repository_selection: installation.repositorySelection,
    access_tokens_url: `https://api.github.com/app/installations/${installation.id}/access_tokens`,
    suspended_at: installation.suspended ? '2026-01-01T00:00:00Z' : null,
    suspended_by: null,
  };
}

/** GET /repos/{owner}/{repo}; spec: repos/get. */
export function repositoryBody(scenario: Scenario, repo: FakeRepo): Json {
  const body = exampleOf('GET', '/repos/{owner}/{repo}', 200) as Json;
  const owner = body['owner'] as Json;
  // The documented example omits `language`, which its own schema requires; a fork's
  // `parent` and `source` are left out (optional, and the fake has no forks).
  const rest = Object.fromEntries(Object.entries(body).filter(([name]) => name !== 'parent' && name !== 'source'));
  return { ...rest, language: null, id: repo.id, name: repo.name, full_name: repo.fullName, owner: { ...owner, login: repo.owner, id: ownerIdOf(repo.owner) }, default_branch: scenario.apps.defaultBranches.get(repo.fullName.toLowerCase()) ?? 'main', private: true, visibility: 'private' };
}

/** POST …/access_tokens; spec: apps/create-installation-access-token. */
function tokenBody(scenario: Scenario, token: FakeInstallationToken, listed: readonly FakeRepo[] | undefined): Json {
  const body = exampleOf('POST', '/app/installations/{installation_id}/access_tokens', 201) as Json;
  const [example] = body['repositories'] as Json[];
  const repositories = listed?.map((repo) => ({ ...example, id: repo.id, name: repo.name, full_name: repo.fullName, owner: { ...(example!['owner'] as Json), login: repo.owner, id: ownerIdOf(repo.owner) } }));
  const rest = Object.fromEntries(Object.entries(body).filter(([key]) => key !== 'repositories'));
  return { ...rest, token: token.token, expires_at: new Date(token.expiresAt * 1000).toISOString().replace(/\.\d{3}Z$/u, 'Z'), permissions: token.permissions, repository_selection: token.repositoryIds === 'all' ? 'all' : 'selected', ...(repositories ? { repositories } : {}) };
}

/** An account's id in the fake: the installation's account id when it has one, else derived. */
export function ownerIdOf(login: string): number {
  let id = 11;
  for (const c of login.toLowerCase()) id = (id * 31 + c.charCodeAt(0)) % 1_000_000_007;
  return id;
}

function findInstallation(scenario: Scenario, login: string, type?: 'Organization'): FakeInstallation | undefined {
  return scenario.apps.installations.find((i) => i.account.login.toLowerCase() === login.toLowerCase() && (type === undefined || i.account.type === type));
}

function covers(installation: FakeInstallation, repo: FakeRepo): boolean {
  return repo.owner.toLowerCase() === installation.account.login.toLowerCase() && (installation.repositorySelection === 'all' || installation.repositoryIds.includes(repo.id));
}

const RANK: Record<string, number> = { read: 1, write: 2, admin: 3 };

// The token GitHub would issue for this body, or the 422 it would answer.
function createToken(request: FakeRequest, scenario: Scenario): FakeResponse {
  const installation = scenario.apps.installations.find((i) => i.id === Number(request.params['installation_id']));
  if (!installation) return notFound;
  if (installation.suspended) return { status: 403, body: errorBody('This installation has been suspended') };
  const body = (request.body ?? {}) as { permissions?: Record<string, string>; repository_ids?: number[]; repositories?: string[] };
  const asked = body.permissions ?? installation.permissions;
  const lacking = Object.entries(asked).filter(([name, level]) => (RANK[installation.permissions[name] ?? ''] ?? 0) < (RANK[level] ?? 9));
  if (lacking.length > 0) return { status: 422, body: errorBody('The permissions requested are not granted to this installation.') };
  const named = body.repository_ids !== undefined || body.repositories !== undefined;
  const repos = [...(body.repository_ids ?? []).map((id) => [...scenario.repos.values()].find((r) => r.id === id)), ...(body.repositories ?? []).map((name) => scenario.findRepo(installation.account.login, name))];
  if (repos.length > 500) return { status: 422, body: errorBody('Too many repositories') };
  if (repos.some((repo) => !repo || !covers(installation, repo))) return { status: 422, body: errorBody('There is at least one repository that does not exist or is not accessible to the parent installation.') };
  const { extraPermissions, allRepositories, extraRepositoryIds, unlistedRepositoryIds } = scenario.apps.misbehaviour;
  const extra = (extraRepositoryIds ?? []).map((id) => [...scenario.repos.values()].find((r) => r.id === id)!);
  const listed = named && !allRepositories ? [...(repos as FakeRepo[]), ...extra] : undefined;
  const token = scenario.apps.issue(installation, { ...asked, ...extraPermissions }, listed ? [...listed.map((r) => r.id), ...(unlistedRepositoryIds ?? [])] : 'all');
  return { status: 201, body: tokenBody(scenario, token, listed) };
}

export const appHandlers: readonly Handler[] = [
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/installation',
    fn: withJwt((request, scenario) => {
      const repo = scenario.findRepo(request.params['owner']!, request.params['repo']!);
      const installation = repo && scenario.apps.installations.find((i) => covers(i, repo));
      return installation ? { status: 200, body: installationBody(scenario, installation) } : notFound;
    }),
  },
  {
    method: 'GET',
    path: '/orgs/{org}/installation',
    fn: withJwt((request, scenario) => {
      const installation = findInstallation(scenario, request.params['org']!, 'Organization');
      return installation ? { status: 200, body: installationBody(scenario, installation) } : notFound;
    }),
  },
  {
    method: 'GET',
    path: '/users/{username}/installation',
    fn: withJwt((request, scenario) => {
      const installation = findInstallation(scenario, request.params['username']!);
      return installation ? { status: 200, body: installationBody(scenario, installation) } : notFound;
    }),
  },
  { method: 'POST', path: '/app/installations/{installation_id}/access_tokens', fn: withJwt(createToken) },
  {
    method: 'DELETE',
    path: '/installation/token',
    fn: (request, scenario) => {
      const token = scenario.apps.liveToken(request.authorization);
      if (token === undefined || token === 'refused') return unauthorized(scenario, JWT_MESSAGES.badCredentials);
      token.revoked = true;
      return { status: 204 };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}',
    fn: (request, scenario) => {
      const repo = scenario.findRepo(request.params['owner']!, request.params['repo']!);
      const token = scenario.apps.liveToken(request.authorization);
      if (token === 'refused') return unauthorized(scenario, JWT_MESSAGES.badCredentials);
      // A token the fake issued sees only its repositories; any other caller sees them all.
      const visible = repo && (token === undefined || token.repositoryIds === 'all' ? true : token.repositoryIds.includes(repo.id));
      return repo && visible ? { status: 200, body: repositoryBody(scenario, repo) } : notFound;
    },
  },
];
