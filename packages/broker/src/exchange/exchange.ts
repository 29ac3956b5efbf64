import { decideToken, explainTokenRequest } from '@ringfence/token';
import type { TokenPolicy, TokenRequest } from '@ringfence/token';
import { auditIdentity } from '../audit/audit-event.js';
import type { AuditRecord } from '../audit/audit-record.js';
import { BrokerError } from '../errors.js';
import type { RateLimits } from '../config/types.js';
import type { AuditSink, PolicySource, RateLimitStore, TokenMinter } from '../ports.js';
import { enforceRateLimits } from '../rate/enforce-rate-limits.js';
import type { IdTokenVerifier, VerifiedIdentity } from '../verify/verify-id-token.js';
import { audited } from './audited.js';
import { findBroader } from './check-minted.js';
import { mintToken } from './mint-token.js';
import { parseRequest } from './parse-request.js';
import { refusalReply } from './replies.js';
import type { Reply } from './replies.js';

/** Everything an exchange reaches through: the ports and two facts of the configuration. */
export interface ExchangeDeps {
  readonly verifier: IdTokenVerifier;
  readonly policy: PolicySource;
  readonly minter: TokenMinter;
  readonly audit: AuditSink;
  readonly rateLimit: RateLimitStore;
  readonly limits: RateLimits;
  /** The repository holding the org policy (never written through a token). */
  readonly hostRepositoryId: string;
  readonly mintTimeoutMs: number;
  readonly now: () => number;
}

/** One call as the HTTP layer hands it over: the body already read, or why it could not be. */
export interface CallInput {
  readonly requestId: string;
  readonly authorization: string | undefined;
  readonly body: Buffer | BrokerError;
}

/**
 * `POST /v1/exchange`: identity, request, policy, the token's single use, the token
 * policy's decision, then the mint, checked against the grant. The token is verified before the
 * body is parsed (a flood of forged tokens costs no parsing) and spent after (a malformed
 * request does not use the token up). Audited whatever happens.
 */
export function exchangeToken(input: CallInput, deps: ExchangeDeps): Promise<Reply> {
  return audited('exchange', input.requestId, deps, async (record) => {
    const { request, identity, policy } = await authenticate(input, deps, record);
    const decision = decideToken(request, { claims: identity.claims, hostRepositoryId: deps.hostRepositoryId }, policy);
    if (decision.outcome === 'refused') return refusalReply(record.refuse(decision.refusal), input.requestId);
    record.rule = decision.rule;
    const { claims } = identity;
    const grant = { owner: claims['repository_owner']!, ownerId: claims['repository_owner_id']!, repositoryIds: decision.token.repositoryIds, permissions: decision.token.permissions };
    const minted = await mintToken(deps.minter, grant, deps.mintTimeoutMs);
    const broader = findBroader(grant, minted.answer, deps.now());
    if (broader !== undefined) {
      record.revoked = await minted.revoke();
      throw new BrokerError('MINT_BROADER', `the minter answered beyond the grant: ${broader}`);
    }
    record.grant(decision.rule, minted.answer);
    record.withdraw = async () => (record.revoked = await minted.revoke());
    const { token, expiresAt, permissions, repositoryIds } = minted.answer;
    return { status: 200, body: { token, expires_at: expiresAt, permissions, repositories: repositoryIds }, headers: { 'cache-control': 'no-store' } };
  });
}

/** `POST /v1/explain`: the same checks, then the policy's explanation; nothing is minted. */
export function explainExchange(input: CallInput, deps: ExchangeDeps): Promise<Reply> {
  return audited('explain', input.requestId, deps, async (record) => {
    const { request, identity, policy } = await authenticate(input, deps, record);
    const explanation = explainTokenRequest(policy, identity.claims, request, { hostRepositoryId: deps.hostRepositoryId });
    const { decision } = explanation;
    if (decision.outcome === 'granted') record.explained('allowed', null, null);
    else record.explained('blocked', decision.refusal.code, decision.refusal.message);
    record.rule = decision.outcome === 'granted' ? decision.rule : (decision.refusal.rule ?? null);
    return { status: 200, body: explanation };
  });
}

// Everything that can fail for reasons other than the token comes before its single use is
// spent: a malformed request or an unreadable policy leaves the caller free to retry.
async function authenticate(input: CallInput, deps: ExchangeDeps, record: AuditRecord): Promise<{ request: TokenRequest; identity: VerifiedIdentity; policy: TokenPolicy }> {
  if (input.body instanceof BrokerError) throw input.body;
  const identity = await deps.verifier.verify(input.authorization);
  record.who = auditIdentity(identity.claims);
  // Counted once verified (a forged token cannot spend a repository's share) and before the
  // token's single use, so a caller turned away for the rate may retry with the same token.
  await enforceRateLimits({ issuer: identity.issuer, repositoryId: identity.claims['repository_id']! }, deps.limits, deps.rateLimit);
  const request = parseRequest(input.body);
  record.requested = { repositories: request.repositories ?? null, permissions: request.permissions };
  const policy = await readPolicy(deps.policy, record);
  await deps.verifier.spend(identity);
  return { request, identity, policy };
}

// The policy in force, noted in the audit event with its blob SHA when the source can tell.
async function readPolicy(source: PolicySource, record: AuditRecord): Promise<TokenPolicy> {
  if (!source.currentVersion) return source.current();
  const { policy, version } = await source.currentVersion();
  record.policy = version;
  return policy;
}
