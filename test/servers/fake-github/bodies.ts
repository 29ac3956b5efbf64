import { exampleOf } from './openapi.js';
import type { FakeListedFile, FakePrCommit, FakePullRequest, FakeRepo, FakeReview } from './scenario.js';
import type { ListedEntry } from './git-model.js';

/*
 * Every body starts from the example GitHub documents for that operation and is patched
 * with scenario data, so a field GitHub adds or renames shows up as a schema violation.
 * Spec: https://docs.github.com/rest (the examples of @octokit/openapi's description).
 */
type Json = Record<string, unknown>;
const cache = new Map<string, Json>();
// Examples are read once and never mutated: bodies are built by spreading them.
const ex = (method: string, path: string, status = 200, name?: string): Json => {
  const key = `${method} ${path} ${status} ${name ?? ''}`;
  if (!cache.has(key)) cache.set(key, exampleOf(method, path, status, name) as Json);
  return cache.get(key)!;
};

/** A user object (simple-user) for a login. */
export function userBody(login: string, type: 'User' | 'Bot' = 'User'): Json {
  const user = (ex('GET', '/repos/{owner}/{repo}/pulls/{pull_number}')['user'] as Json) ?? {};
  return { ...user, login, id: idOf(login), type, url: `https://api.github.com/users/${login}`, html_url: `https://github.com/${login}` };
}

/** GET /repos/{owner}/{repo}/pulls/{pull_number}; spec: pulls/get. */
export function pullRequestBody(repo: FakeRepo, pr: FakePullRequest, changedFiles: number): Json {
  const body = ex('GET', '/repos/{owner}/{repo}/pulls/{pull_number}');
  const head = body['head'] as Json;
  const base = body['base'] as Json;
  const headRepo = pr.headRepo && { ...(head['repo'] as Json), id: pr.headRepo.id, full_name: pr.headRepo.fullName, name: repo.name };
  return {
    ...body,
    number: pr.number,
    state: pr.state,
    draft: pr.draft,
    user: userBody(pr.author.login, pr.author.type),
    requested_teams: [],
    head: { ...head, sha: pr.headSha, ref: pr.headRef, label: `${pr.author.login}:${pr.headRef}`, repo: headRepo },
    base: { ...base, sha: pr.baseSha, ref: pr.baseRef, repo: { ...(base['repo'] as Json), id: repo.id, full_name: repo.fullName, name: repo.name } },
    changed_files: changedFiles,
    commits: pr.commits.length,
    merged: pr.mergedAs !== undefined,
    merge_commit_sha: pr.mergedAs ?? null,
    merged_at: pr.mergedAs === undefined ? null : '2026-01-02T00:00:00Z',
  };
}

/** One entry of GET …/pulls/{pull_number}/files; spec: pulls/list-files. */
export function diffEntryBody(repo: FakeRepo, file: FakeListedFile, sha: string | null): Json {
  const [entry] = ex('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/files') as unknown as Json[];
  const rest = omit(entry!, 'patch', 'previous_filename');
  const url = `https://github.com/${repo.fullName}/blob/${sha ?? 'HEAD'}/${file.filename}`;
  return { ...rest, sha, filename: file.filename, status: file.status, additions: 1, deletions: 1, changes: 2, blob_url: url, raw_url: url, contents_url: url, ...(file.previous_filename !== undefined ? { previous_filename: file.previous_filename } : {}) };
}

/** One entry of GET …/pulls/{pull_number}/commits; spec: pulls/list-commits. */
export function prCommitBody(commit: FakePrCommit): Json {
  const [item] = ex('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/commits') as unknown as Json[];
  const inner = item!['commit'] as Json;
  const person = (login: string | null | undefined) => (login ? userBody(login) : null);
  return {
    ...item,
    sha: commit.sha,
    author: person(commit.author),
    committer: person(commit.committer),
    commit: { ...inner, verification: { verified: commit.verified ?? false, reason: commit.reason ?? 'unsigned', signature: null, payload: null, verified_at: null } },
  };
}

/** One review; spec: pulls/list-reviews. */
export function reviewBody(review: FakeReview): Json {
  const [item] = ex('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews') as unknown as Json[];
  return { ...item, id: review.id, user: userBody(review.login), state: review.state, commit_id: review.commitId, submitted_at: '2026-01-01T00:00:00Z' };
}

/** GET …/compare/{basehead} with the merge base, no files (they are not read); spec: repos/compare-commits. */
export function compareBody(base: string, head: string, mergeBase: string, page: readonly string[] = [head], total = page.length, status?: string): Json {
  const body = ex('GET', '/repos/{owner}/{repo}/compare/{basehead}');
  const commit = body['merge_base_commit'] as Json;
  return { ...body, base_commit: { ...commit, sha: base }, merge_base_commit: { ...commit, sha: mergeBase }, commits: page.map((sha) => ({ ...commit, sha })), total_commits: total, ahead_by: total, files: [], ...(status !== undefined ? { status } : {}) };
}

/** GET …/commits/{commit_sha}/pulls; spec: repos/list-pull-requests-associated-with-commit. */
export function commitPullsBody(numbers: readonly number[]): Json[] {
  const [item] = ex('GET', '/repos/{owner}/{repo}/commits/{commit_sha}/pulls') as unknown as Json[];
  // The spec's example lacks the required requested_teams[].type (see the pull request body).
  return numbers.map((number) => ({ ...item!, number, requested_teams: [] }));
}

/** GET …/git/trees/{tree_sha}; spec: git/get-tree. */
export function treeBody(repo: FakeRepo, sha: string, entries: readonly ListedEntry[], truncated: boolean): Json {
  return {
    sha,
    url: `https://api.github.com/repos/${repo.fullName}/git/trees/${sha}`,
    truncated,
    tree: entries.map((e) => ({ path: e.path, mode: e.mode, type: e.typeName, sha: e.sha, ...(e.size !== undefined ? { size: e.size } : {}), url: `https://api.github.com/repos/${repo.fullName}/git/${e.typeName}s/${e.sha}` })),
  };
}

/** GET …/git/blobs/{file_sha}; spec: git/get-blob. */
export function blobBody(repo: FakeRepo, sha: string, bytes: Uint8Array): Json {
  const body = ex('GET', '/repos/{owner}/{repo}/git/blobs/{file_sha}');
  return { ...body, sha, size: bytes.byteLength, encoding: 'base64', content: Buffer.from(bytes).toString('base64'), url: `https://api.github.com/repos/${repo.fullName}/git/blobs/${sha}` };
}

/** GET …/contents/{path} for a file; spec: repos/get-content. */
export function fileContentBody(path: string, sha: string, bytes: Uint8Array): Json {
  const body = ex('GET', '/repos/{owner}/{repo}/contents/{path}', 200, 'response-if-content-is-a-file');
  return { ...body, type: 'file', encoding: 'base64', size: bytes.byteLength, name: path.split('/').pop(), path, sha, content: Buffer.from(bytes).toString('base64') };
}

export function permissionBody(login: string, permission: string, roleName: string): Json {
  const body = ex('GET', '/repos/{owner}/{repo}/collaborators/{username}/permission');
  return { ...body, permission, role_name: roleName, user: { ...(body['user'] as Json), ...userBody(login), role_name: roleName } };
}

export function membershipBody(state: string, role: string): Json {
  return { ...ex('GET', '/orgs/{org}/teams/{team_slug}/memberships/{username}'), state, role };
}

export function branchBody(name: string, sha: string): Json {
  const body = ex('GET', '/repos/{owner}/{repo}/branches/{branch}');
  return { ...body, name, commit: { ...(body['commit'] as Json), sha } };
}

export function checkRunBody(id: number, request: Json): Json {
  const body = ex('POST', '/repos/{owner}/{repo}/check-runs', 201, 'example-of-completed-conclusion');
  return { ...body, id, name: request['name'] ?? body['name'], head_sha: request['head_sha'] ?? body['head_sha'], conclusion: request['conclusion'] ?? body['conclusion'] };
}

export function statusBody(request: Json): Json {
  const body = ex('POST', '/repos/{owner}/{repo}/statuses/{sha}', 201);
  return { ...body, state: request['state'], context: request['context'], description: request['description'] ?? null };
}

/** The documented error body: `{ message, documentation_url }`. */
export function errorBody(message: string): Json {
  return { message, documentation_url: 'https://docs.github.com/rest' };
}

function omit(value: Json, ...keys: string[]): Json {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));
}

function idOf(login: string): number {
  let id = 7;
  for (const c of login) id = (id * 31 + c.charCodeAt(0)) % 1_000_000_007;
  return id;
}
