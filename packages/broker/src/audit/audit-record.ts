import { describeThrown, redactSecrets } from '@ringfence/core';
import type { ClosestRule, Refusal, RuleReference, TokenRefusalCode } from '@ringfence/token';
import { BrokerError } from '../errors.js';
import type { BrokerReasonCode } from '../errors.js';
import type { MintedAnswer, PolicyVersion } from '../ports.js';
import type { AuditEvent, AuditIdentity, AuditScope } from './audit-event.js';
import { hashToken } from './hash-token.js';

/** The audit event of one call, filled in as the call goes; written once, in a `finally`. */
export class AuditRecord {
  who: AuditIdentity | null = null;
  requested: AuditScope | null = null;
  rule: RuleReference | null = null;
  private closest: ClosestRule | null = null;
  private granted: AuditEvent['granted'] = null;
  revoked: boolean | null = null;
  /** The policy that decided, once it was read. */
  policy: PolicyVersion | null = null;
  private outcome: AuditEvent['outcome'] = 'error';
  private reason: AuditEvent['reason'] = null;
  private detail: string | null = null;
  /** Withdraws the minted token if the call fails after minting (say, the audit write). */
  withdraw: (() => Promise<boolean>) | undefined;

  constructor(
    readonly kind: AuditEvent['kind'],
    readonly requestId: string,
    private readonly startedAt: number,
  ) {}

  /** A policy refusal: its code, message and the rule that refused or came closest. */
  refuse(refusal: Refusal): TokenRefusalCode {
    this.set('blocked', refusal.code, refusal.message);
    this.rule = refusal.rule ?? null;
    this.closest = refusal.closest ?? null;
    return refusal.code;
  }

  /** Anything thrown: a BrokerError keeps its code, anything else is INTERNAL_ERROR. Returns the code. */
  fail(thrown: unknown): BrokerReasonCode {
    const code = thrown instanceof BrokerError ? thrown.code : 'INTERNAL_ERROR';
    this.set(code === 'INTERNAL_ERROR' || code.endsWith('_UNAVAILABLE') || code.startsWith('MINT_') ? 'error' : 'blocked', code, describeThrown(thrown));
    return code;
  }

  /** The token handed out: its scope, expiry and hash, never the token. */
  grant(rule: RuleReference, answer: MintedAnswer): void {
    this.set('allowed', null, null);
    this.rule = rule;
    this.granted = { repositories: answer.repositoryIds, permissions: answer.permissions, expiresAt: answer.expiresAt, tokenSha256: hashToken(answer.token) };
  }

  /** A dry run's decision (nothing minted). */
  explained(outcome: 'allowed' | 'blocked', reason: TokenRefusalCode | null, detail: string | null): void {
    this.set(outcome, reason, detail);
  }

  toEvent(status: number, now: number): AuditEvent {
    const { kind, requestId, who, requested, rule, closest, granted, revoked, outcome, reason, detail, policy } = this;
    return { version: 1, kind, time: new Date(this.startedAt).toISOString(), requestId, outcome, status, reason, detail, who, requested, rule, closest, granted, revoked, durationMs: now - this.startedAt, policy };
  }

  private set(outcome: AuditEvent['outcome'], reason: AuditEvent['reason'], detail: string | null): void {
    this.outcome = outcome;
    this.reason = reason;
    // Details quote what callers sent; cap them and strip anything shaped like a secret.
    this.detail = detail === null ? null : redactSecrets(detail).slice(0, 2000);
  }
}
