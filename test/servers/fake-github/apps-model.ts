import { randomBytes, verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader } from 'jose';

/** The GitHub App the fake knows: its ids and the public keys of its private keys. */
export interface FakeApp {
  readonly id: number;
  readonly clientId: string;
  readonly slug: string;
  /** Keys deleted from the App's settings are simply absent: their JWTs are refused. */
  readonly publicKeys: KeyObject[];
}

/** One installation of the App on an account. */
export interface FakeInstallation {
  readonly id: number;
  readonly account: { readonly login: string; readonly id: number; readonly type: 'Organization' | 'User' };
  permissions: Record<string, string>;
  repositorySelection: 'all' | 'selected';
  /** Repository ids, for `selected`. */
  repositoryIds: number[];
  suspended: boolean;
}

/** A token the fake issued, and what it reaches. */
export interface FakeInstallationToken {
  readonly token: string;
  readonly installationId: number;
  readonly permissions: Record<string, string>;
  /** `all`: every repository of the installation. */
  readonly repositoryIds: readonly number[] | 'all';
  /** Seconds since the epoch, on the fake's clock. */
  readonly expiresAt: number;
  revoked: boolean;
  /** Requests made with it so far. */
  uses: number;
}

/** Ways the fake's App endpoints depart from a well-behaved GitHub, for tests of the checks. */
export interface FakeAppMisbehaviour {
  /** Permissions every issued token gets on top of those asked. */
  extraPermissions?: Readonly<Record<string, string>>;
  /** Issued tokens reach every repository, and the answer lists none. */
  allRepositories?: boolean;
  /** Repository ids every issued token reaches on top of those asked. */
  extraRepositoryIds?: readonly number[];
  /** Repository ids every issued token reaches on top of those asked, left out of the answer's list. */
  unlistedRepositoryIds?: readonly number[];
  /** The next n requests with a valid JWT are refused with 401 (an App or installation just created). */
  refuseJwts?: number;
  /** The first n requests with each newly issued token are refused with 401 (replication lag). */
  refuseFreshTokens?: number;
}

/** Why a JWT was refused, worded as GitHub words it (messages auth-app matches on). */
export const JWT_MESSAGES = {
  undecodable: 'A JSON web token could not be decoded',
  iatInFuture: "'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued",
  expired: "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires",
  expTooFar: "'Expiration time' claim ('exp') is too far in the future",
  badCredentials: 'Bad credentials',
} as const;

/** The fake's App state: the App, its installations, the tokens issued, the fake's clock. */
export class FakeApps {
  app: FakeApp | undefined;
  readonly installations: FakeInstallation[] = [];
  readonly tokens = new Map<string, FakeInstallationToken>();
  /** Every JWT presented, valid or not (for tests that check none was printed). */
  readonly jwtsSeen: string[] = [];
  /** Seconds the fake's clock (and so its `Date` header) runs ahead of the real one. */
  clockOffsetSeconds = 0;
  misbehaviour: FakeAppMisbehaviour = {};
  /** Default branches by lower-case `owner/name` (GET /repos answers `main` otherwise). */
  readonly defaultBranches = new Map<string, string>();
  private nextInstallationId = 7000;

  /** Registers the App (replacing any). */
  register(app: Omit<FakeApp, 'publicKeys'> & { publicKeys: KeyObject[] }): FakeApp {
    this.app = { ...app };
    return this.app;
  }

  /** Installs the App on an account; `repositoryIds` selects repositories, absent means all. */
  install(account: FakeInstallation['account'], permissions: Record<string, string>, repositoryIds?: number[]): FakeInstallation {
    const installation: FakeInstallation = { id: (this.nextInstallationId += 1), account, permissions, repositorySelection: repositoryIds ? 'selected' : 'all', repositoryIds: repositoryIds ?? [], suspended: false };
    this.installations.push(installation);
    return installation;
  }

  /** Seconds since the epoch on the fake's clock. */
  now(): number {
    return Math.floor(Date.now() / 1000) + this.clockOffsetSeconds;
  }

  /** The `Date` header the fake sends: its own clock, as GitHub sends its own. */
  dateHeader(): string {
    return new Date(this.now() * 1000).toUTCString();
  }

  /** Checks an `Authorization: Bearer <jwt>` header as GitHub would: the refusal message, or undefined. */
  refuseJwt(authorization: string | undefined): string | undefined {
    const jwt = /^bearer (.+)$/iu.exec(authorization ?? '')?.[1];
    if (!jwt || !this.app) return JWT_MESSAGES.undecodable;
    this.jwtsSeen.push(jwt);
    if (!this.verifiedByAnyKey(jwt)) return JWT_MESSAGES.undecodable;
    const { iat, exp, iss } = decodeJwt(jwt);
    if (iss !== String(this.app.id) && iss !== this.app.clientId) return JWT_MESSAGES.undecodable;
    const now = this.now();
    if (typeof iat !== 'number' || iat > now) return JWT_MESSAGES.iatInFuture;
    if (typeof exp !== 'number' || exp <= now) return JWT_MESSAGES.expired;
    if (exp > now + 600 || exp - iat > 600) return JWT_MESSAGES.expTooFar;
    if ((this.misbehaviour.refuseJwts ?? 0) > 0) {
      this.misbehaviour.refuseJwts! -= 1;
      return JWT_MESSAGES.badCredentials;
    }
    return undefined;
  }

  /** The live token an `Authorization: token|bearer <token>` header carries, counting the use. */
  liveToken(authorization: string | undefined): FakeInstallationToken | 'refused' | undefined {
    const value = /^(?:token|bearer) (.+)$/iu.exec(authorization ?? '')?.[1];
    const token = value === undefined ? undefined : this.tokens.get(value);
    if (!token) return undefined;
    token.uses += 1;
    if (token.revoked || token.expiresAt <= this.now()) return 'refused';
    return token.uses <= (this.misbehaviour.refuseFreshTokens ?? 0) ? 'refused' : token;
  }

  /** Issues a token (`ghs_` and 36 characters, the classic format). */
  issue(installation: FakeInstallation, permissions: Record<string, string>, repositoryIds: readonly number[] | 'all'): FakeInstallationToken {
    const token: FakeInstallationToken = { token: `ghs_${randomBytes(27).toString('base64url').slice(0, 36)}`, installationId: installation.id, permissions, repositoryIds, expiresAt: this.now() + 3600, revoked: false, uses: 0 };
    this.tokens.set(token.token, token);
    return token;
  }

  /** Tokens issued and not revoked (expired or not). */
  unrevoked(): FakeInstallationToken[] {
    return [...this.tokens.values()].filter((t) => !t.revoked);
  }

  // RS256 over `header.payload` with any of the App's keys (synchronous: handlers are).
  private verifiedByAnyKey(jwt: string): boolean {
    const [header, payload, signature, extra] = jwt.split('.');
    if (header === undefined || payload === undefined || signature === undefined || extra !== undefined) return false;
    try {
      if (decodeProtectedHeader(jwt).alg !== 'RS256') return false;
    } catch {
      return false;
    }
    const data = Buffer.from(`${header}.${payload}`);
    return (this.app?.publicKeys ?? []).some((key) => verify('sha256', data, key, Buffer.from(signature, 'base64url')));
  }
}
