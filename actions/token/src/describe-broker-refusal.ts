import type { TokenReport } from '@ringfence/runner';
import { callBroker, formatExplanation } from '@ringfence/token';
import type { ExchangeAnswer, TokenExplanation, TokenRequest } from '@ringfence/token';

type Refused = Extract<ExchangeAnswer, { outcome: 'refused' }>;
type Failed = Omit<Extract<TokenReport, { outcome: 'refused' | 'error' }>, 'notes'>;

/** How to ask the broker why: its base URL, the request, a fresh ID token on demand. */
export interface ExplainCall {
  readonly base: URL;
  readonly request: TokenRequest;
  readonly timeoutMs?: number;
  idToken(): Promise<string>;
}

/**
 * Turns a broker's refusal into a report that says what to fix. The broker tells a caller
 * only a short code (the reason is in its audit log, under the request id); for a policy
 * refusal (`access_denied`) the job asks its dry run (`POST /v1/explain`, a second ID token:
 * the first is spent) for the rule and the claim that refused, which only this job's own
 * verified identity can learn.
 */
export async function describeBrokerRefusal(answer: Refused, explain: ExplainCall): Promise<Failed> {
  const where = `request id ${answer.requestId ?? 'unknown'} in the broker's audit log`;
  if (answer.status === 403 && answer.error === 'access_denied') {
    const why = await askWhy(explain);
    if (why) return { outcome: 'refused', code: 'TOKEN_BROKER_REFUSED', message: `the broker refused the request: ${why.reason} (${where})`, explanation: why.explanation };
    return { outcome: 'refused', code: 'TOKEN_BROKER_REFUSED', message: `the broker refused the request (access_denied; ${where}): the org policy grants this job nothing of it, or the broker does not serve this owner; \`ringfence token explain --workflow\` shows which rule and claim refuse it`, explanation: undefined };
  }
  if (answer.status === 400) return { outcome: 'refused', code: 'TOKEN_BROKER_REFUSED', message: `the broker refused the request as malformed (invalid_request; ${where}): check the permission-* and repositories inputs`, explanation: undefined };
  if (answer.status === 401) return { outcome: 'error', code: 'TOKEN_BROKER_REFUSED', message: `the broker did not accept the job's ID token (invalid_token; ${where}): input audience must be the broker's audience, and the broker must pin this run's issuer`, explanation: undefined };
  return { outcome: 'error', code: 'TOKEN_BROKER_FAILED', message: `the broker could not issue a token (HTTP ${answer.status} ${answer.error}; ${where}): no token was issued; run the job again, and tell the broker's operators if it persists`, explanation: undefined };
}

// Best effort: without an explanation the refusal still stands, only less specific.
async function askWhy(explain: ExplainCall): Promise<{ reason: string; explanation: string } | undefined> {
  try {
    const answer = await callBroker({ base: explain.base, route: 'v1/explain', idToken: await explain.idToken(), body: explain.request, ...(explain.timeoutMs === undefined ? {} : { timeoutMs: explain.timeoutMs }) });
    const body = answer.body as unknown as TokenExplanation;
    if (answer.status !== 200 || body.decision?.outcome !== 'refused' || !Array.isArray(body.rules)) return undefined;
    const { refusal } = body.decision;
    const rule = refusal.rule ?? refusal.closest?.rule;
    const at = rule ? ` [rule ${rule.name} at ${rule.origin}]` : '';
    return { reason: `${String(refusal.code)}: ${String(refusal.message)}${at}`, explanation: formatExplanation(body) };
  } catch {
    return undefined;
  }
}
