import { createHash } from 'node:crypto';
import { callApi } from './call.js';
import type { GitHubClient } from './client.js';
import { GitHubError } from './errors.js';
import { readBlob } from './git-objects.js';
import { GET_CONTENT } from './routes.js';
import { Shape } from './shape.js';
import type { RepoRef } from './types.js';

// git's object id of a blob (`git hash-object`), to hold GitHub's answer to the SHA it names.
function gitBlobSha(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
}

/**
 * A file's bytes at a ref through the contents API; undefined when GitHub says 404. GitHub
 * answers a symlink with its target's content, so an answer for another path, or anything
 * but a file, is GITHUB_BAD_RESPONSE: use GitHubBaseFileReader (trees and blobs) to read a
 * path exactly as git stores it.
 */
export async function readFileAtRef(client: GitHubClient, repo: RepoRef, ref: string, path: string): Promise<Uint8Array | undefined> {
  return (await readContent(client, repo, ref, path))?.bytes;
}

/**
 * `readFileAtRef` with the file's git blob SHA as GitHub named it; bytes that do not hash to
 * that SHA are GITHUB_BAD_RESPONSE, so the SHA can stand for the content (in an audit log).
 */
export async function readFileEntryAtRef(client: GitHubClient, repo: RepoRef, ref: string, path: string): Promise<{ bytes: Uint8Array; blobSha: string } | undefined> {
  const entry = await readContent(client, repo, ref, path);
  if (entry && gitBlobSha(entry.bytes) !== entry.blobSha) {
    const operation = `contents of ${path} at ${ref} in ${repo.owner}/${repo.repo}`;
    throw new GitHubError('GITHUB_BAD_RESPONSE', `${operation} (${GET_CONTENT}): the content does not hash to the blob SHA ${entry.blobSha} GitHub named`, { route: GET_CONTENT, operation });
  }
  return entry;
}

async function readContent(client: GitHubClient, repo: RepoRef, ref: string, path: string): Promise<{ bytes: Uint8Array; blobSha: string } | undefined> {
  const operation = `contents of ${path} at ${ref} in ${repo.owner}/${repo.repo}`;
  let data: unknown;
  try {
    data = (await callApi(client, GET_CONTENT, { ...repo, path, ref }, operation)).data;
  } catch (error) {
    if (error instanceof GitHubError && error.code === 'GITHUB_NOT_FOUND') return undefined;
    throw error;
  }
  const body = Shape.of(data, { route: GET_CONTENT, operation });
  const type = body.string('type');
  const answeredPath = body.string('path');
  if (type !== 'file' || answeredPath !== path) {
    throw new GitHubError('GITHUB_BAD_RESPONSE', `${operation} (${GET_CONTENT}): expected the file ${path}, found a ${type} at ${answeredPath}`, { route: GET_CONTENT, operation });
  }
  const blobSha = body.string('sha');
  // Files over 1 MB come without content; their blob is read by SHA instead.
  const bytes = body.optionalString('encoding') !== 'base64' ? await readBlob(client, repo, blobSha, path) : readBlobContent(body, operation);
  return { bytes, blobSha };
}

function readBlobContent(body: Shape, operation: string): Uint8Array {
  const bytes = Buffer.from(body.string('content'), 'base64');
  const size = body.integer('size');
  if (bytes.byteLength !== size) throw new GitHubError('GITHUB_BAD_RESPONSE', `${operation} (${GET_CONTENT}): expected ${size} bytes, found ${bytes.byteLength}`, { route: GET_CONTENT, operation });
  return new Uint8Array(bytes);
}
