import { UsageError } from '@ringfence/core';
import { listAttestations } from './attestations.js';
import type { ListedAttestation } from './attestations.js';
import type { GitHubClient } from './client.js';
import { createGitHubClient } from './client.js';
import type { RepoRef } from './types.js';

/**
 * The attestations of one repository as `@ringfence/provenance`'s `AttestationSource`
 * (matched by shape, so this package needs no dependency on the domain package).
 */
export class GitHubAttestationSource {
  constructor(
    private readonly client: GitHubClient,
    private readonly repo: RepoRef,
    private readonly options: { readonly baseUrl: string; readonly maxAttestations: number; readonly perPage?: number },
  ) {}

  async listAttestations(query: { readonly subjectSha256: string; readonly predicateType: string }): Promise<{ attestations: readonly ListedAttestation[]; more: boolean; origin: string }> {
    const { maxAttestations, perPage } = this.options;
    const listing = await listAttestations(this.client, this.repo, { subjectDigest: `sha256:${query.subjectSha256}`, predicateType: query.predicateType, maxAttestations, ...(perPage === undefined ? {} : { perPage }) });
    return { ...listing, origin: `${this.repo.owner}/${this.repo.repo} at ${this.options.baseUrl}` };
  }
}

/** Where to read attestations: the repository, the API root and a token that can read it. */
export interface AttestationSourceOptions {
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

const REPOSITORY = /^([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9._-]{1,100})$/u;

/**
 * A repository's attestations API as a source. A missing token, a malformed repository or
 * API URL is a usage error before any request; the token goes to octokit only.
 */
export function createAttestationSource(options: AttestationSourceOptions): GitHubAttestationSource {
  const match = REPOSITORY.exec(options.repository);
  if (!match) throw new UsageError('USAGE_INVALID_VALUE', `the repository to read attestations from must be owner/name, not ${JSON.stringify(options.repository)}`);
  if (!options.token) throw new UsageError('USAGE_MISSING_ARGUMENT', 'reading attestations from GitHub needs a token (GITHUB_TOKEN or GH_TOKEN for the CLI, `attestations-token` for the action) that can read the repository; a fine-grained token needs "Attestations: read"');
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
