import { RequestError } from '@octokit/request-error';
import { createGitHubClient } from './client.js';
import type { GitHubClient, GitHubClientOptions } from './client.js';
import { GitHubError } from './errors.js';
import { createInstallationToken, revokeInstallationToken } from './installation-tokens.js';
import { readInstallation } from './installations.js';
import type { InstallationTarget } from './installations.js';

/** The App's JWTs: signed on demand, and one retry allowed after GitHub refuses one. */
export interface AppJwtSource {
  sign(): Promise<string>;
  /** Handed the `Date` of GitHub's 401; true (once) when a freshly signed JWT may be tried again. */
  correctClock(serverDate: Date | undefined): boolean;
}

export interface GitHubAppOptions extends Omit<GitHubClientOptions, 'token'> {
  readonly jwt: AppJwtSource;
  /** A 401 for a token issued this recently is GitHub's replication lag: retried once (default 5000 ms). */
  readonly freshTokenWindowMs?: number;
  /** The wait before that retry, and before retrying a refused JWT on an unskewed clock (default 1000 ms). */
  readonly authRetryDelayMs?: number;
}

/** Ids as the token policy carries them: strings of digits. */
type Id = string;

// More than this between GitHub's clock and ours is skew the signer corrects: retry at once.
const SKEW_MS = 30_000;

/**
 * A GitHub App against the REST API: installation lookups and token creation with its JWT,
 * revocation and reads with the tokens it issued. Implements the token package's
 * `InstallationLookup`, `TokenIssuer` and `TokenRevoker` ports. A JWT GitHub refuses (401)
 * is signed again and retried once, on GitHub's clock when its `Date` says ours is off; a
 * token refused within seconds of its issue is retried once (GitHub replicates new tokens).
 * Writes are not spaced: a job mints a handful of tokens, not a bulk of writes.
 */
export class GitHubApp {
  private readonly issuedAt = new Map<string, number>();
  private readonly freshTokenWindowMs: number;
  private readonly authRetryDelayMs: number;

  constructor(private readonly options: GitHubAppOptions) {
    this.freshTokenWindowMs = options.freshTokenWindowMs ?? 5000;
    this.authRetryDelayMs = options.authRetryDelayMs ?? 1000;
  }

  /** The installation through a repository, an organization or a user account. */
  async findInstallation(target: InstallationTarget): Promise<{ id: Id; accountLogin: string; accountId: Id; permissions: Readonly<Record<string, string>>; suspended: boolean }> {
    const installation = await this.withJwt((client) => readInstallation(client, target));
    return { id: String(installation.id), accountLogin: installation.account.login, accountId: String(installation.account.id), permissions: installation.permissions, suspended: installation.suspended };
  }

  /** A token from the installation, exactly as GitHub answered (the caller checks its reach). */
  async issueToken(installationId: Id, request: { readonly repositoryIds?: readonly Id[]; readonly repositoryNames?: readonly string[]; readonly permissions: Readonly<Record<string, string>> }) {
    const body = { permissions: request.permissions, ...(request.repositoryIds ? { repositoryIds: request.repositoryIds.map(Number) } : {}), ...(request.repositoryNames ? { repositoryNames: request.repositoryNames } : {}) };
    const issued = await this.withJwt((client) => createInstallationToken(client, Number(installationId), body, (token) => this.revokeToken(token)));
    this.issuedAt.set(issued.token, Date.now());
    const repositories = issued.repositories?.map((r) => ({ id: String(r.id), name: r.name }));
    return { token: issued.token, expiresAt: issued.expiresAt, permissions: issued.permissions, repositorySelection: issued.repositorySelection, repositories };
  }

  /** `DELETE /installation/token` with the token itself. */
  async revokeToken(token: string): Promise<'revoked' | 'already-invalid'> {
    const outcome = await revokeInstallationToken(this.installationClient(token));
    this.issuedAt.delete(token);
    return outcome;
  }

  /** A client carrying an installation token, retrying once a 401 that follows its issue closely. */
  installationClient(token: string): GitHubClient {
    const client = createGitHubClient({ ...this.options, token, writeSpacingMs: 0 });
    const fresh = () => Date.now() - (this.issuedAt.get(token) ?? -Infinity) < this.freshTokenWindowMs;
    const request = async (route: string, params?: Record<string, unknown>) => {
      try {
        return await client.request(route, params);
      } catch (error) {
        if (!(error instanceof RequestError && error.status === 401 && fresh())) throw error;
        await sleep(this.authRetryDelayMs);
        return client.request(route, params);
      }
    };
    return { request: request as unknown as GitHubClient['request'] };
  }

  private async withJwt<T>(call: (client: GitHubClient) => Promise<T>): Promise<T> {
    const attempt = async () => call(createGitHubClient({ ...this.options, token: await this.options.jwt.sign(), writeSpacingMs: 0 }));
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof GitHubError && error.code === 'GITHUB_UNAUTHORIZED')) throw error;
      const serverDate = serverDateOf(error);
      if (!this.options.jwt.correctClock(serverDate)) throw error;
      const skewed = serverDate !== undefined && Math.abs(serverDate.getTime() - Date.now()) > SKEW_MS;
      if (!skewed) await sleep(this.authRetryDelayMs);
      return attempt();
    }
  }
}

// The `Date` header of the HTTP answer behind a GitHubError, when there was one.
function serverDateOf(error: GitHubError): Date | undefined {
  let cause: unknown = error.cause;
  while (cause !== undefined && !(cause instanceof RequestError)) cause = cause instanceof Error ? cause.cause : undefined;
  const header = cause?.response?.headers['date'];
  const date = typeof header === 'string' ? new Date(header) : undefined;
  return date && Number.isFinite(date.getTime()) ? date : undefined;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
