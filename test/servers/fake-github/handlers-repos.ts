import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blobBody, branchBody, commitPullsBody, compareBody, errorBody, fileContentBody, membershipBody, permissionBody, treeBody } from './bodies.js';
import type { FakeRequest, FakeResponse, Handler } from './router.js';
import { page } from './router.js';
import type { FakeRepo, Scenario } from './scenario.js';

const notFound: FakeResponse = { status: 404, body: errorBody('Not Found') };
/** Static bodies laid out as API paths, e.g. `repos/acme/app/rules/branches/main.json`. */
export const FIXTURES = fileURLToPath(new URL('../../fixtures/api/', import.meta.url));

function repoOf(request: FakeRequest, scenario: Scenario): FakeRepo | undefined {
  return scenario.findRepo(request.params['owner']!, request.params['repo']!);
}

// Resolves what GitHub accepts where a tree-ish is asked for: a tree SHA, a commit SHA, a branch.
function resolveTree(repo: FakeRepo, treeish: string): { sha: string; commit?: string } | undefined {
  if (repo.trees.has(treeish)) return { sha: treeish };
  const commit = repo.commits.get(treeish) ?? repo.commits.get(repo.branches.get(treeish) ?? '');
  return commit && { sha: commit.treeSha, commit: commit.sha };
}

/** Git data, compare, contents, permissions, branches and rules (spec: git/*, repos/*). */
export const repoHandlers: readonly Handler[] = [
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/compare/{basehead}',
    fn: (request, scenario) => {
      const repo = repoOf(request, scenario);
      // Like GitHub, either side may name a branch.
      const [base, head] = (request.params['basehead'] ?? '').split('...').map((side) => repo?.branches.get(side) ?? side);
      const mergeBase = repo && base && head ? repo.mergeBase(base, head) : undefined;
      if (!repo || !mergeBase) return notFound;
      const commits = repo.commitsBetween(base!, head!);
      const perPage = Number(request.query.get('per_page') ?? 250);
      const page = Number(request.query.get('page') ?? 1);
      return { status: 200, body: compareBody(base!, head!, mergeBase, commits.slice((page - 1) * perPage, page * perPage), commits.length, repo.compareStatus(base!, head!)) };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/commits/{commit_sha}/pulls',
    fn: (request, scenario) => {
      const repo = repoOf(request, scenario);
      return repo ? { status: 200, body: commitPullsBody(repo.commitPulls.get(request.params['commit_sha']!) ?? []) } : notFound;
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/git/trees/{tree_sha}',
    fn: (request, scenario) => {
      const repo = repoOf(request, scenario);
      const tree = repo && resolveTree(repo, request.params['tree_sha']!);
      if (!repo || !tree) return notFound;
      if (request.query.get('recursive') === null) return { status: 200, body: treeBody(repo, tree.sha, repo.trees.get(tree.sha)!, false) };
      const commit = [...repo.commits.values()].find((c) => c.treeSha === tree.sha)!;
      const truncated = repo.truncatedTrees.has(commit.sha);
      return { status: 200, body: treeBody(repo, tree.sha, truncated ? commit.recursive.slice(0, 1) : commit.recursive, truncated) };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/git/blobs/{file_sha}',
    fn: (request, scenario) => {
      const repo = repoOf(request, scenario);
      const bytes = repo?.blobs.get(request.params['file_sha']!);
      return repo && bytes ? { status: 200, body: blobBody(repo, request.params['file_sha']!, bytes) } : notFound;
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/contents/{path}',
    fn: (request, scenario) => {
      const repo = repoOf(request, scenario);
      const asked = request.query.get('ref') ?? 'main';
      // GitHub takes a SHA, a short name or a full ref; the fake knows branches, not tags.
      const ref = asked.startsWith('refs/heads/') ? asked.slice('refs/heads/'.length) : asked;
      const commit = repo?.commits.get(ref) ?? repo?.commits.get(repo.branches.get(ref) ?? '');
      const path = request.params['path']!;
      let entry = commit?.files.get(path);
      // Like GitHub: a symlink to a file in the repository answers with the target's content.
      const target = entry?.mode === '120000' ? Buffer.from(repo!.blobs.get(entry.sha)!).toString('utf8') : undefined;
      const answered = target === undefined ? path : posix.join(path, '..', target);
      if (target !== undefined) entry = commit?.files.get(answered);
      if (!repo || !entry || entry.type !== 'blob') return notFound;
      return { status: 200, body: fileContentBody(answered, entry.sha, repo.blobs.get(entry.sha)!) };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/collaborators/{username}/permission',
    fn: (request, scenario) => {
      const repo = repoOf(request, scenario);
      if (!repo) return notFound;
      const grant = repo.permissions.get(request.params['username']!) ?? { permission: 'read', roleName: 'read' };
      return { status: 200, body: permissionBody(request.params['username']!, grant.permission, grant.roleName) };
    },
  },
  {
    method: 'GET',
    path: '/orgs/{org}/teams/{team_slug}/memberships/{username}',
    fn: (request, scenario) => {
      const member = scenario.teams.get(`${request.params['org']}/${request.params['team_slug']}`.toLowerCase())?.get(request.params['username']!);
      // GitHub documents this 404 without a body schema.
      return member ? { status: 200, body: membershipBody(member.state, member.role) } : { status: 404, body: errorBody('Not Found') };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/branches/{branch}',
    fn: (request, scenario) => {
      const sha = repoOf(request, scenario)?.branches.get(request.params['branch']!);
      return sha ? { status: 200, body: branchBody(request.params['branch']!, sha) } : notFound;
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/rules/branches/{branch}',
    fn: (request, scenario) => {
      const repo = repoOf(request, scenario);
      if (!repo) return notFound;
      const file = join(FIXTURES, 'repos', repo.owner, repo.name, 'rules', 'branches', `${request.params['branch']}.json`);
      const rules = repo.rules.get(request.params['branch']!) ?? (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as unknown[]) : []);
      return page(request, rules);
    },
  },
];
