import { GitHubError } from './errors.js';
import type { GitHubApp } from './github-app.js';
import { GET_USER_INSTALLATION } from './routes.js';

/** What the broker grants (its `MintGrant`): one owner's installation, repositories by id. */
export interface AppMintGrant {
  readonly owner: string;
  /** The verified `repository_owner_id`: the installation's account must carry it. */
  readonly ownerId: string;
  readonly repositoryIds: readonly string[];
  readonly permissions: Readonly<Record<string, string>>;
}

/** GitHub's answer as the broker checks it (its `MintedAnswer`). */
export interface AppMintedAnswer {
  readonly token: string;
  readonly expiresAt: string;
  readonly permissions: Record<string, string>;
  /** Empty when GitHub listed none, which the broker reads as every repository. */
  readonly repositoryIds: string[];
}

/**
 * The broker's `TokenMinter` over a GitHub App: the installation of the grant's owner
 * (`GET /users/{username}/installation`, which answers for organizations too), held to the
 * owner's verified id so a re-registered name cannot redirect the mint, then exactly the
 * grant. The broker checks the answer and revokes anything broader.
 */
export class GitHubAppMinter {
  constructor(private readonly app: GitHubApp) {}

  async mint(grant: AppMintGrant): Promise<AppMintedAnswer> {
    const installation = await this.app.findInstallation({ kind: 'user', username: grant.owner });
    const operation = `the App's installation on account ${grant.owner}`;
    if (installation.accountId !== grant.ownerId) {
      throw new GitHubError('GITHUB_BAD_RESPONSE', `${operation} (${GET_USER_INSTALLATION}): expected account id ${grant.ownerId} (the verified owner), found ${installation.accountId}: the name now belongs to another account`, { route: GET_USER_INSTALLATION, operation });
    }
    if (installation.suspended) throw new GitHubError('GITHUB_FORBIDDEN', `${operation} (${GET_USER_INSTALLATION}): the installation is suspended`, { route: GET_USER_INSTALLATION, operation });
    const issued = await this.app.issueToken(installation.id, { repositoryIds: grant.repositoryIds, permissions: grant.permissions });
    const listed = issued.repositorySelection === 'selected' ? (issued.repositories ?? []) : [];
    return { token: issued.token, expiresAt: issued.expiresAt, permissions: { ...issued.permissions }, repositoryIds: listed.map((r) => r.id) };
  }

  async revoke(token: string): Promise<void> {
    await this.app.revokeToken(token);
  }
}
