import { callApi } from './call.js';
import type { GitHubClient } from './client.js';
import { GitHubError } from './errors.js';
import { CREATE_ATTESTATION, LIST_ATTESTATIONS } from './routes.js';
import { nextCursor } from './next-cursor.js';
import { Shape } from './shape.js';
import type { RepoRef } from './types.js';

/** One attestation as GitHub lists it: the bundle inline, or only a URL to it. */
export interface ListedAttestation {
  /** The Sigstore bundle as JSON, when GitHub sent it inline and it is within the size cap. */
  readonly bundle: unknown;
  /** The bundle's size as sent (JSON text, bytes). */
  readonly bundleBytes: number;
  readonly bundleUrl: string | undefined;
  readonly repositoryId: number | undefined;
}

/** The attestations read for one digest, and whether GitHub holds more than were read. */
export interface AttestationListing {
  readonly attestations: readonly ListedAttestation[];
  /** True when the listing stopped at `maxAttestations` with more pages to come. */
  readonly more: boolean;
}

/** What to list: `subjectDigest` is `sha256:HEX`. */
export interface AttestationQuery {
  readonly subjectDigest: string;
  /** Only attestations of this predicate type (GitHub filters). */
  readonly predicateType?: string;
  /** Read no further than this many attestations (each is verified, which costs). */
  readonly maxAttestations: number;
  /** Attestations per page (default 10: bundles are large, and every page is one response). */
  readonly perPage?: number;
}

const DEFAULT_PER_PAGE = 10;

/**
 * Lists a repository's attestations for a digest, following GitHub's cursor pagination
 * (`Link: <…?after=CURSOR>; rel="next"`). A page longer than asked for, a short page that
 * names a next one, or a cursor seen twice is GITHUB_PAGINATION_TRUNCATED: the list is
 * complete up to `maxAttestations` or the call fails.
 */
export async function listAttestations(client: GitHubClient, repo: RepoRef, query: AttestationQuery): Promise<AttestationListing> {
  const perPage = Math.min(query.perPage ?? DEFAULT_PER_PAGE, 100);
  const operation = `attestations of ${query.subjectDigest} in ${repo.owner}/${repo.repo}`;
  const attestations: ListedAttestation[] = [];
  const cursors = new Set<string>();
  let cursor: Record<string, string> = {};
  for (let number = 1; ; number++) {
    const where = `${operation} (page ${number})`;
    const params = { ...repo, subject_digest: query.subjectDigest, per_page: perPage, ...(query.predicateType === undefined ? {} : { predicate_type: query.predicateType }), ...cursor };
    const response = await callApi(client, LIST_ATTESTATIONS, params, where);
    const items = Shape.of(response.data, { route: LIST_ATTESTATIONS, operation: where }).array('attestations').map(readAttestation);
    const next = nextCursor(response.headers['link']);
    if (next === null) throw truncated(where, 'a next link with an `after` cursor or a `page`, found one with neither');
    if (items.length > perPage) throw truncated(where, `at most ${perPage} attestations, found ${items.length}`);
    if (next !== undefined && items.length < perPage) throw truncated(where, `a full page (${perPage}) before a next page, found ${items.length}`);
    attestations.push(...items);
    // Past the cap, whether on this page or on the next: stop, and say more exist.
    if (attestations.length > query.maxAttestations || (next !== undefined && attestations.length === query.maxAttestations)) return { attestations: attestations.slice(0, query.maxAttestations), more: true };
    if (next === undefined) return { attestations, more: false };
    const key = JSON.stringify(next);
    if (cursors.has(key)) throw truncated(where, `a new cursor, found ${key} again (pages repeat)`);
    cursors.add(key);
    cursor = next;
  }
}

/**
 * Stores a bundle as an attestation of the repository (needs `attestations: write`); returns
 * its id. GitHub Enterprise Server has no attestations API: its 404 says so.
 */
export async function uploadAttestation(client: GitHubClient, repo: RepoRef, bundle: unknown): Promise<{ id: number }> {
  const operation = `store an attestation in ${repo.owner}/${repo.repo}`;
  try {
    const response = await callApi(client, CREATE_ATTESTATION, { ...repo, bundle }, operation);
    return { id: Shape.of(response.data, { route: CREATE_ATTESTATION, operation }).integer('id') };
  } catch (error) {
    if (error instanceof GitHubError && error.code === 'GITHUB_NOT_FOUND') {
      throw new GitHubError('GITHUB_NOT_FOUND', `${error.message} (the attestations API exists on github.com and GHE.com, not on GitHub Enterprise Server; or the repository is not visible to this token)`, { route: CREATE_ATTESTATION, operation, status: 404 }, { cause: error });
    }
    throw error;
  }
}

function readAttestation(item: Shape): ListedAttestation {
  const bundle = item.raw('bundle');
  const repositoryId = item.raw('repository_id');
  return {
    bundle: bundle ?? undefined,
    bundleBytes: bundle === undefined || bundle === null ? 0 : Buffer.byteLength(JSON.stringify(bundle)),
    bundleUrl: item.optionalString('bundle_url'),
    repositoryId: typeof repositoryId === 'number' ? repositoryId : undefined,
  };
}

function truncated(operation: string, what: string): GitHubError {
  return new GitHubError('GITHUB_PAGINATION_TRUNCATED', `${operation} (${LIST_ATTESTATIONS}): expected ${what}`, { route: LIST_ATTESTATIONS, operation });
}
