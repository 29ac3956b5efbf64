import { UsageError } from '@ringfence/core';
import { listAttestations } from './attestations.js';
import type { ListedAttestation } from './attestations.js';
import { fetchBundleByUrl } from './bundle-url.js';
import { GitHubError } from './errors.js';
import type { GitHubClient } from './client.js';
import { createGitHubClient } from './client.js';
import type { RepoRef } from './types.js';

/**
 * The attestations of one repository as `@ringfence/provenance`'s `AttestationSource`
 * (matched by shape, so this package needs no dependency on the domain package).
 */
/** A listed attestation with its bundle read, from the listing or from its URL, or why it could not be. */
export interface SourcedAttestation extends ListedAttestation {
  /** Why the bundle listed only by URL could not be read (the attestation is then refused). */
  readonly bundleProblem?: string;
}

/** How the source reads: the API root (for messages), the cap, and how bundles listed by URL are read. */
export interface GitHubAttestationSourceOptions {
  readonly baseUrl: string;
  readonly maxAttestations: number;
  readonly perPage?: number;
  /** Largest bundle read from a `bundle_url` (default 4 MiB). */
  readonly maxBundleBytes?: number;
  /** Protocols a `bundle_url` may use (default `https:` only). */
  readonly bundleUrlProtocols?: readonly string[];
  readonly fetch?: typeof globalThis.fetch;
}

/**
 * The attestations of one repository as `@ringfence/provenance`'s `AttestationSource`
 * (matched by shape, so this package needs no dependency on the domain package). Bundles
 * GitHub lists only by `bundle_url` are read from there, one after another, without the token.
 */
export class GitHubAttestationSource {
  constructor(
    private readonly client: GitHubClient,
    private readonly repo: RepoRef,
    private readonly options: GitHubAttestationSourceOptions,
  ) {}

  async listAttestations(query: { readonly subjectSha256: string; readonly predicateType: string }): Promise<{ attestations: readonly SourcedAttestation[]; more: boolean; origin: string }> {
    const { maxAttestations, perPage } = this.options;
    const listing = await listAttestations(this.client, this.repo, { subjectDigest: `sha256:${query.subjectSha256}`, predicateType: query.predicateType, maxAttestations, ...(perPage === undefined ? {} : { perPage }) });
    const attestations: SourcedAttestation[] = [];
    for (const attestation of listing.attestations) attestations.push(await this.withBundle(attestation));
    return { attestations, more: listing.more, origin: `${this.repo.owner}/${this.repo.repo} at ${this.options.baseUrl}` };
  }

  // The inline bundle as listed; else the one at bundle_url, or why it could not be read.
  private async withBundle(attestation: ListedAttestation): Promise<SourcedAttestation> {
    if (attestation.bundle !== undefined || attestation.bundleUrl === undefined) return attestation;
    // 4 MiB and 30 s unless told (inline, so bundles without this class carry nothing of it).
    const maxBytes = this.options.maxBundleBytes ?? 4 * 1024 * 1024;
    try {
      const bundle = await fetchBundleByUrl(attestation.bundleUrl, { maxBytes, timeoutMs: 30_000, ...(this.options.bundleUrlProtocols ? { protocols: this.options.bundleUrlProtocols } : {}), ...(this.options.fetch ? { fetch: this.options.fetch } : {}) });
      return { ...attestation, bundle, bundleBytes: Buffer.byteLength(JSON.stringify(bundle)) };
    } catch (error) {
      if (!(error instanceof GitHubError)) throw error;
      return { ...attestation, bundleProblem: `${error.message} [${error.code}]` };
    }
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
  /** Tests: protocols a `bundle_url` may use (default `https:` only). */
  readonly bundleUrlProtocols?: readonly string[];
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
  return new GitHubAttestationSource(client, { owner: match[1]!, repo: match[2]! }, { baseUrl, maxAttestations: options.maxAttestations, ...(options.bundleUrlProtocols ? { bundleUrlProtocols: options.bundleUrlProtocols } : {}) });
}
