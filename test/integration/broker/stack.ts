import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { AuditEvent, AuditSink, BrokerConfig, MintedAnswer, MintGrant, PolicyFileReader, RunningBroker, TokenMinter } from '@ringfence/broker';
import { MemoryAuditSink, loadBrokerConfig, startBroker } from '@ringfence/broker';
import { githubActionsClaims, startOidcIssuer } from '../../servers/oidc-issuer/index.js';
import type { MintOptions, OidcIssuer } from '../../servers/oidc-issuer/index.js';
import { startHandIssuer } from './hand-issuer.js';
import type { HandIssuer } from './hand-issuer.js';

export const AUDIENCE = 'https://broker.test/ringfence';
/** Ids of the claims `githubActionsClaims` writes and of test/fixtures/broker/org-policy.yml. */
export const OWNER_ID = '987654';
export const APP_REPO = '123456789';
export const POLICY_REPO = '100001';
/** The owner the hand issuer alone may speak for. */
export const HAND_OWNER_ID = '555';
export const FIXTURES = join(import.meta.dirname, '../../fixtures/broker');

/** The broker's clock: real time plus an offset the tests move. */
export class Clock {
  offsetMs = 0;
  readonly now = (): number => Date.now() + this.offsetMs;
  date(secondsFromNow = 0): Date {
    return new Date(this.now() + secondsFromNow * 1000);
  }
  advance(seconds: number): void {
    this.offsetMs += seconds * 1000;
  }
}

/** A double of the broker's own minter port: answers exactly the grant unless told otherwise, records every call. */
export class RecordingMinter implements TokenMinter {
  readonly grants: MintGrant[] = [];
  /** Tokens handed out, in order (late ones included). */
  readonly issued: string[] = [];
  readonly revoked: string[] = [];
  answer: (grant: MintGrant) => MintedAnswer | Promise<MintedAnswer> = (grant) => exactAnswer(grant, Date.now());

  async mint(grant: MintGrant): Promise<MintedAnswer> {
    this.grants.push(grant);
    const answer = await this.answer(grant);
    this.issued.push(answer.token);
    return answer;
  }

  revoke(token: string): Promise<void> {
    this.revoked.push(token);
    return Promise.resolve();
  }
}

/** What GitHub would answer for exactly `grant`. */
export function exactAnswer(grant: MintGrant, now: number): MintedAnswer {
  return { token: `ghs_${randomUUID().replace(/-/gu, '')}test`, expiresAt: new Date(now + 3_600_000).toISOString(), permissions: { ...grant.permissions }, repositoryIds: [...grant.repositoryIds] };
}

/** What a call got back. */
export interface Answer {
  readonly status: number;
  readonly json: Record<string, any>;
  readonly headers: Headers;
}

/** Options of one call; `token` becomes `Authorization: Bearer <token>`. */
export interface CallOptions {
  readonly token?: string;
  readonly authorization?: string;
  readonly body?: string | Record<string, unknown>;
  readonly contentType?: string;
  readonly method?: string;
}

export const DEFAULT_REQUEST = { permissions: { contents: 'write' } };

/** The broker on 127.0.0.1 with the loopback issuer, the hand issuer, a recording minter and an in-memory audit log. */
export interface BrokerStack {
  readonly issuer: OidcIssuer;
  readonly hand: HandIssuer;
  readonly broker: RunningBroker;
  readonly config: BrokerConfig;
  readonly minter: RecordingMinter;
  readonly audit: MemoryAuditSink;
  readonly clock: Clock;
  readonly dir: string;
  /** A token from the loopback issuer for this broker, issued now by the broker's clock. */
  mint(options?: MintOptions): Promise<string>;
  /** The full payload of a hand-issued token (overrides merged; `undefined` removes a claim). */
  handPayload(overrides?: Record<string, unknown>): Record<string, unknown>;
  call(path: string, options?: CallOptions): Promise<Answer>;
  /** The audit event of the call that got `answer`. */
  auditOf(answer: Answer): AuditEvent;
  close(): Promise<void>;
}

/**
 * Starts a stack; `config` lines are appended to the configuration (say, `server:`), `stores`
 * replaces its `stores:` line, `redisPassword` is handed to the broker as the CLI would.
 */
export async function startBrokerStack(options: { config?: string; stores?: string; redisPassword?: string; audit?: AuditSink; issuer?: OidcIssuer; minter?: RecordingMinter; policy?: string; policyReader?: (config: BrokerConfig) => PolicyFileReader } = {}): Promise<BrokerStack> {
  const issuer = options.issuer ?? (await startOidcIssuer({ audience: AUDIENCE }));
  const hand = await startHandIssuer();
  const dir = mkdtempSync(join(tmpdir(), 'ringfence-broker-'));
  copyFileSync(join(FIXTURES, 'org-policy.yml'), join(dir, 'org-policy.yml'));
  const file = join(dir, 'broker.yml');
  const text = configText(issuer.issuer, hand.url, options.stores, options.policy) + (options.config ?? '');
  writeFileSync(file, text);
  const config = loadBrokerConfig(text, file);
  const clock = new Clock();
  const minter = options.minter ?? new RecordingMinter();
  const audit = new MemoryAuditSink();
  const secrets = { ...(options.redisPassword === undefined ? {} : { redisPassword: options.redisPassword }), ...(options.policyReader ? { policyReader: options.policyReader(config) } : {}) };
  const broker = await startBroker(config, { minter, audit: options.audit ?? audit, now: clock.now, ...secrets }, { host: '127.0.0.1', port: 0 }).catch((error: unknown) => {
    void hand.close();
    if (!options.issuer) void issuer.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  });
  const handPayload = (overrides: Record<string, unknown> = {}) => {
    const iat = Math.floor(clock.now() / 1000);
    const payload: Record<string, unknown> = { ...githubActionsClaims({ repository_owner_id: HAND_OWNER_ID }), iss: hand.url, aud: AUDIENCE, iat, nbf: iat, exp: iat + 300, jti: randomUUID(), ...overrides };
    for (const [name, value] of Object.entries(payload)) if (value === undefined) delete payload[name];
    return payload;
  };
  return {
    issuer, hand, broker, config, minter, audit, clock, dir, handPayload,
    mint: (mintOptions = {}) => issuer.mint({ issuedAt: clock.date(), ...mintOptions }),
    call: (path, callOptions = {}) => call(broker.url + path, callOptions),
    auditOf: (answer) => {
      const id = answer.headers.get('x-request-id');
      const event = audit.events.find((e) => e.requestId === id);
      if (!event) throw new Error(`no audit event for request ${id}`);
      return event;
    },
    close: async () => {
      await broker.close();
      await hand.close();
      if (!options.issuer) await issuer.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function configText(issuer: string, hand: string, stores = 'stores: { audit: { kind: memory } }', policy = `policy: { file: org-policy.yml, host_repository_id: ${POLICY_REPO} }`): string {
  return `version: 1
audience: ${AUDIENCE}
issuers:
  - url: ${issuer}
    owner_ids: [${OWNER_ID}]
  - url: ${hand}
    owner_ids: [${HAND_OWNER_ID}]
app: { id: 4242, private_key_env: RINGFENCE_TEST_APP_KEY }
${policy}
${stores}
`;
}

async function call(url: string, options: CallOptions): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': options.contentType ?? 'application/json' };
  const authorization = options.authorization ?? (options.token === undefined ? undefined : `Bearer ${options.token}`);
  if (authorization !== undefined) headers['authorization'] = authorization;
  const body = options.body === undefined ? JSON.stringify(DEFAULT_REQUEST) : typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  const response = await fetch(url, { method: options.method ?? 'POST', headers, ...(options.method === 'GET' ? {} : { body }) });
  const text = await response.text();
  let json: Record<string, any> = {};
  try {
    json = JSON.parse(text) as Record<string, any>;
  } catch {
    json = { text };
  }
  return { status: response.status, json, headers: response.headers };
}
