import { listAttestations } from './attestations.js';
import type { ListedAttestation } from './attestations.js';
import type { GitHubClient } from './client.js';
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
