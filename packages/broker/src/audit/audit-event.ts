import type { ClosestRule, RuleReference, TokenRefusalCode } from '@ringfence/token';
import type { BrokerReasonCode } from '../errors.js';
import type { PolicyVersion } from '../ports.js';

/** The claims of a verified ID token an audit event keeps: who asked, from which run. */
export const AUDITED_CLAIMS = [
  'iss',
  'sub',
  'jti',
  'repository',
  'repository_id',
  'repository_owner',
  'repository_owner_id',
  'actor',
  'actor_id',
  'event_name',
  'ref',
  'sha',
  'workflow_ref',
  'job_workflow_ref',
  'environment',
  'runner_environment',
  'run_id',
  'run_attempt',
] as const;

/** Verified claims only: nothing from a token that failed verification is kept. */
export type AuditIdentity = Readonly<Partial<Record<(typeof AUDITED_CLAIMS)[number], string>>>;

/** A repository and permission scope, as requested or as granted. */
export interface AuditScope {
  /** Repository ids; null in a request that named none (the job's own repository). */
  readonly repositories: readonly string[] | null;
  readonly permissions: Readonly<Record<string, string>>;
}

/**
 * One structured event per exchange or dry run, granted or not. Never holds the
 * installation token or the ID token: `tokenSha256` is base64(SHA-256(token)), the form
 * GitHub's audit log calls `hashed_token`.
 */
export interface AuditEvent {
  readonly version: 1;
  readonly kind: 'exchange' | 'explain';
  readonly time: string;
  readonly requestId: string;
  readonly outcome: 'allowed' | 'blocked' | 'error';
  readonly status: number;
  readonly reason: BrokerReasonCode | TokenRefusalCode | null;
  /** Debug detail of the reason: never sent to the caller. */
  readonly detail: string | null;
  readonly who: AuditIdentity | null;
  readonly requested: AuditScope | null;
  readonly rule: RuleReference | null;
  /** When no rule matched: the closest rule and the claims it failed on. */
  readonly closest: ClosestRule | null;
  readonly granted: (AuditScope & { readonly expiresAt: string; readonly tokenSha256: string }) | null;
  /** Set when a minted token was withdrawn (broader than granted, or the exchange failed after minting). */
  readonly revoked: boolean | null;
  readonly durationMs: number;
  /** The policy that decided (where it was read, its blob SHA); null when none was in force. */
  readonly policy?: PolicyVersion | null;
}

/** Picks the audited claims out of a verified payload. */
export function auditIdentity(claims: Readonly<Record<string, unknown>>): AuditIdentity {
  const entries = AUDITED_CLAIMS.flatMap((name) => (typeof claims[name] === 'string' ? [[name, claims[name]] as const] : []));
  return Object.fromEntries(entries);
}
