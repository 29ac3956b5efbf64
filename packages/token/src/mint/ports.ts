/**
 * What minting needs from GitHub, one role per interface (the `github` package implements
 * them against the REST API; tests against the loopback fake). Ids are strings of digits,
 * as the policy and the claims carry them.
 */

/** Where to look an installation up: through one of its repositories, or its account. */
export type InstallationTarget =
  | { readonly kind: 'repository'; readonly owner: string; readonly repo: string }
  | { readonly kind: 'organization'; readonly org: string }
  | { readonly kind: 'user'; readonly username: string };

/** An installation of the App, as GitHub describes it. */
export interface InstallationFacts {
  readonly id: string;
  readonly accountLogin: string;
  readonly accountId: string;
  /** What the installation itself was granted: no token from it can hold more. */
  readonly permissions: Readonly<Record<string, string>>;
  readonly suspended: boolean;
}

/** `GET /repos/{owner}/{repo}/installation`, `/orgs/{org}/installation`, `/users/{username}/installation` (App JWT). */
export interface InstallationLookup {
  findInstallation(target: InstallationTarget): Promise<InstallationFacts>;
}

/** The body of `POST /app/installations/{id}/access_tokens`: repositories by id or by name. */
export interface TokenIssueRequest {
  readonly repositoryIds?: readonly string[];
  readonly repositoryNames?: readonly string[];
  readonly permissions: Readonly<Record<string, string>>;
}

/** GitHub's answer: what the token it issued can reach. */
export interface IssuedToken {
  readonly token: string;
  /** ISO 8601, as GitHub wrote it. */
  readonly expiresAt: string;
  readonly permissions: Readonly<Record<string, string>>;
  /** `all` or `selected`, as GitHub wrote it. */
  readonly repositorySelection: string;
  /** Undefined when GitHub did not list them (it does not when every repository is reachable). */
  readonly repositories: readonly { readonly id: string; readonly name: string }[] | undefined;
}

/** `POST /app/installations/{installation_id}/access_tokens` (App JWT). */
export interface TokenIssuer {
  issueToken(installationId: string, request: TokenIssueRequest): Promise<IssuedToken>;
}

/** `DELETE /installation/token`, authenticated by the token itself. */
export interface TokenRevoker {
  /** `already-invalid`: GitHub no longer accepts the token (expired or revoked before). */
  revokeToken(token: string): Promise<'revoked' | 'already-invalid'>;
}
