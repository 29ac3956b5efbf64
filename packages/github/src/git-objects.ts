import { gitBlobSha } from '@ringfence/core';
import { callApi } from './call.js';
import type { GitHubClient } from './client.js';
import { GitHubError } from './errors.js';
import { GET_GIT_BLOB, GET_GIT_TREE } from './routes.js';
import { Shape } from './shape.js';
import type { GitTree, RepoRef } from './types.js';

/**
 * A git tree by tree SHA, commit SHA or ref (GitHub resolves a commit to its tree). With
 * `recursive`, GitHub may cut the listing (100,000 entries or 7 MB): then `truncated` is true.
 */
export async function readTree(client: GitHubClient, repo: RepoRef, treeish: string, recursive: boolean): Promise<GitTree> {
  const operation = `${recursive ? 'recursive ' : ''}git tree of ${treeish} in ${repo.owner}/${repo.repo}`;
  const response = await callApi(client, GET_GIT_TREE, { ...repo, tree_sha: treeish, ...(recursive ? { recursive: '1' } : {}) }, operation);
  const body = Shape.of(response.data, { route: GET_GIT_TREE, operation });
  const entries = body.array('tree').map((entry) => ({ path: entry.string('path'), mode: entry.string('mode'), type: entry.string('type'), sha: entry.string('sha') }));
  return { sha: body.string('sha'), entries, truncated: body.boolean('truncated') };
}

/** A blob's bytes, exactly as stored (a symlink's blob is its link text). */
export async function readBlob(client: GitHubClient, repo: RepoRef, sha: string, what: string): Promise<Uint8Array> {
  const operation = `blob ${sha} (${what}) in ${repo.owner}/${repo.repo}`;
  const response = await callApi(client, GET_GIT_BLOB, { ...repo, file_sha: sha }, operation);
  const body = Shape.of(response.data, { route: GET_GIT_BLOB, operation });
  const encoding = body.string('encoding');
  const content = body.string('content');
  const size = body.integer('size');
  const bytes = encoding === 'base64' ? Buffer.from(content, 'base64') : encoding === 'utf-8' ? Buffer.from(content, 'utf8') : undefined;
  // The size check catches a body cut short on the way, which base64 alone would accept.
  if (bytes === undefined || bytes.byteLength !== size) {
    throw new GitHubError('GITHUB_BAD_RESPONSE', `${operation} (${GET_GIT_BLOB}): expected ${size} bytes of base64 or utf-8 content, found ${bytes === undefined ? `encoding ${JSON.stringify(encoding)}` : `${bytes.byteLength} bytes`}`, { route: GET_GIT_BLOB, operation });
  }
  // A SHA-1 repository's blob id is the hash of its bytes: anything else is not that blob.
  if (sha.length === 40 && gitBlobSha(bytes) !== sha) {
    throw new GitHubError('GITHUB_BAD_RESPONSE', `${operation} (${GET_GIT_BLOB}): expected content hashing to ${sha}, found ${gitBlobSha(bytes)}`, { route: GET_GIT_BLOB, operation });
  }
  return new Uint8Array(bytes);
}
