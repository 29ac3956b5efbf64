import { JWT_MESSAGES } from './apps-model.js';
import type { FakeInstallation, FakeInstallationToken } from './apps-model.js';
import { errorBody } from './bodies.js';
import { ownerIdOf } from './handlers-apps.js';
import { exampleOf } from './openapi.js';
import type { Handler } from './router.js';
import { page } from './router.js';
import type { FakeRepo, Scenario } from './scenario.js';

/*
 * What an installation token reaches, asked with the token itself (spec:
 * apps/list-repos-accessible-to-installation): the repositories the fake issued it for, or
 * every repository of its installation. The body starts from GitHub's documented example.
 */
type Json = Record<string, unknown>;

function reachOf(scenario: Scenario, token: FakeInstallationToken): FakeRepo[] {
  const installation = scenario.apps.installations.find((i) => i.id === token.installationId);
  const inInstallation = (repo: FakeRepo, i: FakeInstallation) => repo.owner.toLowerCase() === i.account.login.toLowerCase() && (i.repositorySelection === 'all' || i.repositoryIds.includes(repo.id));
  return [...scenario.repos.values()].filter((repo) => (token.repositoryIds === 'all' ? installation !== undefined && inInstallation(repo, installation) : token.repositoryIds.includes(repo.id))).sort((a, b) => a.id - b.id);
}

function repositoryItem(example: Json, repo: FakeRepo): Json {
  return { ...example, id: repo.id, name: repo.name, full_name: repo.fullName, owner: { ...(example['owner'] as Json), login: repo.owner, id: ownerIdOf(repo.owner) } };
}

export const installationHandlers: readonly Handler[] = [
  {
    method: 'GET',
    path: '/installation/repositories',
    fn: (request, scenario) => {
      const token = scenario.apps.liveToken(request.authorization);
      if (token === undefined || token === 'refused') return { status: 401, body: errorBody(JWT_MESSAGES.badCredentials) };
      const example = exampleOf('GET', '/installation/repositories', 200) as { repositories: Json[] };
      const repos = reachOf(scenario, token);
      const listed = page(request, repos, (repo) => repositoryItem(example.repositories[0]!, repo));
      return { ...listed, body: { total_count: repos.length, repositories: listed.body, repository_selection: token.repositoryIds === 'all' ? 'all' : 'selected' } };
    },
  },
];
