import { UsageError } from '@ringfence/core';
import { GitHubAttestationSource, createGitHubClient } from '@ringfence/github';
import type { AttestationSource } from '@ringfence/provenance';

/** Where to read attestations: the repository, the API root and a token that can read it. */
export interface GitHubAttestationsOptions {
  /** `owner/name`. */
  readonly repository: string;
  /** The REST API root (`https://api.github.com`, or `https://HOST/api/v3`). */
  readonly apiUrl: string;
  readonly token: string | undefined;
  readonly maxAttestations: number;
  /** Tests: the transport (a loopback fake). */
  readonly fetch?: typeof globalThis.fetch;
  /** Tests: milliseconds per unit of retry backoff (default the client's). */
  readonly retryDelayMs?: number;
}

const REPOSITORY = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/u;

/**
 * The repository's attestations API as an AttestationSource. A missing token or a malformed
 * repository is a usage error (exit 2) before any request; the token goes to octokit only.
 */
export function githubAttestations(options: GitHubAttestationsOptions): AttestationSource {
  const match = REPOSITORY.exec(options.repository);
  if (!match) throw new UsageError('USAGE_INVALID_VALUE', `the repository to read attestations from must be owner/name, not ${JSON.stringify(options.repository)}`);
  if (!options.token) throw new UsageError('USAGE_MISSING_ARGUMENT', 'reading attestations from GitHub needs a token in GITHUB_TOKEN or GH_TOKEN (read access to the repository; a fine-grained token needs "Attestations: read"), or give --bundle FILE');
  let apiUrl: URL;
  try {
    apiUrl = new URL(options.apiUrl);
  } catch (error) {
    throw new UsageError('USAGE_INVALID_VALUE', `the GitHub API URL must be an absolute URL such as https://api.github.com or https://HOST/api/v3, not ${JSON.stringify(options.apiUrl)}`, { cause: error });
  }
  const baseUrl = apiUrl.toString().replace(/\/+$/u, '');
  const client = createGitHubClient({ token: options.token, baseUrl, ...(options.fetch ? { fetch: options.fetch } : {}), ...(options.retryDelayMs === undefined ? {} : { retryDelayMs: options.retryDelayMs }) });
  return new GitHubAttestationSource(client, { owner: match[1]!, repo: match[2]! }, { baseUrl, maxAttestations: options.maxAttestations });
}
