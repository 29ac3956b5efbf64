import { describeThrown } from '@ringfence/core';
import type { PolicyFileRead, PolicyFileReader, RepositoryPolicyConfig } from '@ringfence/broker';
import { readFileEntryAtRef, readRepository } from '@ringfence/github';
import type { GitHubApp } from '@ringfence/github';
import { mintToken } from '@ringfence/token';

/**
 * The broker's reader of the central policy repository: for each read, a token of the
 * broker's own App with `contents: read` on that repository alone (GitHub's answer is held
 * to that scope), the repository (its id, current name, default branch) and the file at
 * the ref, then the token is revoked. Should revocation fail, the token (never logged,
 * never handed out) expires within the hour. `onNote` hears of such failures.
 */
export class AppPolicyFileReader implements PolicyFileReader {
  constructor(
    private readonly app: GitHubApp,
    private readonly config: RepositoryPolicyConfig,
    private readonly onNote: (note: string) => void = () => undefined,
  ) {}

  async read(): Promise<PolicyFileRead> {
    const { owner, repo, path, ref } = this.config;
    const deps = { installations: this.app, issuer: this.app, revoker: this.app, mask: () => undefined };
    const reader = await mintToken({ installation: { kind: 'repository', owner, repo }, repositories: { names: [repo] }, permissions: { contents: 'read' }, purpose: 'the policy reader' }, deps);
    try {
      const client = this.app.installationClient(reader.token);
      const [repository, file] = await Promise.all([readRepository(client, { owner, repo }), readFileEntryAtRef(client, { owner, repo }, qualifiedBranch(ref), path)]);
      return { repository: { id: String(repository.id), fullName: repository.fullName, defaultBranch: repository.defaultBranch }, file };
    } finally {
      await this.app.revokeToken(reader.token).catch((error: unknown) => this.onNote(`the policy reader token could not be revoked and expires within the hour: ${describeThrown(error)}`));
    }
  }
}

/**
 * The configured ref is a branch: sent as `refs/heads/<name>`, so a tag of the same name
 * (which a writer of the policy repository may be able to push past branch rules) is never
 * what the broker reads. A full ref or a commit SHA is sent as written.
 */
export function qualifiedBranch(ref: string): string {
  return ref.startsWith('refs/') || /^[0-9a-f]{40}$/u.test(ref) ? ref : `refs/heads/${ref}`;
}
