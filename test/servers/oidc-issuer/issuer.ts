import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { JSONWebKeySet } from 'jose';
import { githubActionsClaims } from './github-claims.js';
import { createKeyRing } from './key-ring.js';
import type { RotateOptions } from './key-ring.js';

/** How the issuer behaves; every field has a default that looks like GitHub's. */
export interface OidcIssuerOptions {
  /** Claims every token carries unless `mint` overrides them (default `githubActionsClaims()`). */
  readonly claims?: Readonly<Record<string, unknown>>;
  /** Default `aud` (default `sigstore`). */
  readonly audience?: string;
  /** Default lifetime in seconds (default 300). */
  readonly lifetimeSeconds?: number;
  /** Bearer value the token endpoint wants, like `ACTIONS_ID_TOKEN_REQUEST_TOKEN` (default random). */
  readonly requestToken?: string;
}

/** One token to mint. */
export interface MintOptions {
  /** Merged over the issuer's claims; `undefined` removes one. */
  readonly claims?: Readonly<Record<string, unknown>>;
  readonly audience?: string | string[];
  readonly lifetimeSeconds?: number;
  /** When the token says it was issued (default now); past times make expired tokens. */
  readonly issuedAt?: Date;
  /** `stranger` signs with a key the JWKS does not publish (a forged token). */
  readonly signer?: 'issuer' | 'stranger';
  /** Overrides `iss` (a token from some other issuer). */
  readonly issuer?: string;
}

/** A running issuer on 127.0.0.1. */
export interface OidcIssuer {
  /** The issuer URL, which is also every token's default `iss`. */
  readonly issuer: string;
  readonly jwksUrl: string;
  /** GitHub's `ACTIONS_ID_TOKEN_REQUEST_URL` equivalent: `GET ?audience=…` with `Authorization: bearer <requestToken>`. */
  readonly tokenRequestUrl: string;
  readonly requestToken: string;
  /**
   * Another job of the same issuer: a request token whose ID tokens carry `claims` over the
   * issuer's (say, a run on another branch), for `ACTIONS_ID_TOKEN_REQUEST_TOKEN`.
   */
  jobRequestToken(claims: Readonly<Record<string, unknown>>): string;
  /** Paths requested, in order (no headers: they may hold the request token). */
  readonly requests: string[];
  mint(options?: MintOptions): Promise<string>;
  /**
   * Signs with a new key: by default publishes it and drops the old one (old tokens stop
   * verifying); `keepPrevious` keeps the old ones published, as GitHub does while rotating.
   */
  rotateKey(options?: RotateOptions): Promise<void>;
  /** Publishes the key the next `rotateKey` signs with, ahead of its use. */
  publishNextKey(): Promise<void>;
  /** Stops publishing every key but the one signing now. */
  retirePreviousKeys(): void;
  close(): Promise<void>;
}

/** Starts a local OIDC issuer (discovery, JWKS, token endpoint) minting RS256 tokens with GitHub Actions claims. */
export async function startOidcIssuer(options: OidcIssuerOptions = {}): Promise<OidcIssuer> {
  const keys = await createKeyRing();
  const requests: string[] = [];
  const requestToken = options.requestToken ?? randomUUID();
  const jobs = new Map<string, Readonly<Record<string, unknown>>>([[requestToken, {}]]);
  let issuer = '';
  const mint = async (mintOptions: MintOptions = {}): Promise<string> => {
    const claims = githubActionsClaims({ ...(options.claims ?? {}), ...(mintOptions.claims ?? {}) });
    return keys.sign(claims, {
      issuer: mintOptions.issuer ?? issuer,
      audience: mintOptions.audience ?? options.audience ?? 'sigstore',
      issuedAt: mintOptions.issuedAt ?? new Date(),
      lifetimeSeconds: mintOptions.lifetimeSeconds ?? options.lifetimeSeconds ?? 300,
      stranger: mintOptions.signer === 'stranger',
    });
  };
  const server = createServer((req, res) => {
    requests.push(req.url ?? '/');
    void answer(req, res, { issuer, jwks: keys.jwks(), jobs, mint });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    jwksUrl: `${issuer}/.well-known/jwks`,
    tokenRequestUrl: `${issuer}/token`,
    requestToken,
    jobRequestToken: (claims) => {
      const token = randomUUID();
      jobs.set(token, claims);
      return token;
    },
    requests,
    mint,
    rotateKey: (rotateOptions) => keys.rotate(rotateOptions),
    publishNextKey: () => keys.publishNext(),
    retirePreviousKeys: () => keys.retirePrevious(),
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

interface Context {
  readonly issuer: string;
  readonly jwks: JSONWebKeySet;
  /** Request tokens, each with the claims of its job. */
  readonly jobs: ReadonlyMap<string, Readonly<Record<string, unknown>>>;
  mint(options: MintOptions): Promise<string>;
}

async function answer(req: IncomingMessage, res: ServerResponse, ctx: Context): Promise<void> {
  const url = new URL(req.url ?? '/', ctx.issuer);
  if (req.method !== 'GET') return send(res, 405, { message: 'method not allowed' });
  if (url.pathname === '/.well-known/openid-configuration') return send(res, 200, discovery(ctx.issuer));
  if (url.pathname === '/.well-known/jwks') return send(res, 200, ctx.jwks);
  if (url.pathname === '/token') {
    const claims = ctx.jobs.get(/^bearer (.+)$/iu.exec(req.headers.authorization ?? '')?.[1] ?? '');
    if (!claims) return send(res, 401, { message: 'bad request token' });
    const audience = url.searchParams.get('audience');
    return send(res, 200, { value: await ctx.mint({ claims, ...(audience ? { audience } : {}) }) });
  }
  return send(res, 404, { message: `no route ${url.pathname}` });
}

// The fields GitHub's issuer publishes (https://token.actions.githubusercontent.com/.well-known/openid-configuration).
function discovery(issuer: string): Record<string, unknown> {
  return {
    issuer,
    jwks_uri: `${issuer}/.well-known/jwks`,
    subject_types_supported: ['public', 'pairwise'],
    response_types_supported: ['id_token'],
    claims_supported: ['sub', 'aud', 'exp', 'iat', 'iss', 'jti', 'nbf', 'ref', 'sha', 'repository', 'repository_id', 'repository_owner', 'repository_owner_id', 'run_id', 'run_number', 'run_attempt', 'actor', 'actor_id', 'workflow', 'workflow_ref', 'workflow_sha', 'head_ref', 'base_ref', 'event_name', 'ref_type', 'environment', 'job_workflow_ref', 'job_workflow_sha', 'runner_environment', 'repository_visibility'],
    id_token_signing_alg_values_supported: ['RS256'],
    scopes_supported: ['openid'],
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
